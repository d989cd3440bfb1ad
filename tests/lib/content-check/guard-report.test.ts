import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guardReportInChild } from '../../../src/lib/content-check/guard-child.ts';
import { guardReport } from '../../../src/lib/content-check/guard-report.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/content/${name}/`, import.meta.url));
const now = new Date('2025-01-01T00:00:00+08:00');

describe('guardReport', () => {
  it('gives a valid site its pages and the script of each, and no problems', () => {
    const report = guardReport(fixture('valid'), now);
    expect(report.problems).toEqual([]);
    expect(report.pages.map((page) => page.key).sort()).toEqual([
      'brands/jilin-sijie',
      'cities/jilin',
      'columns/zuimei-zhiwei',
      'news/2024/sijie-peixun',
      'people/fang-shuling',
    ]);
    const news = report.pages.find((page) => page.key === 'news/2024/sijie-peixun')!;
    const scripts = new Map(report.scripts);
    // The news item writes no script of its own: it speaks its city's.
    expect(scripts.get(news.path)).toBe(scripts.get(report.pages.find((page) => page.key === 'cities/jilin')!.path));
  });

  it('writes each problem as file:line: field: message', () => {
    const { problems } = guardReport(fixture('dangling-reference'), now);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^content\/\S+\.mdx?:\d+: /);
    expect(problems.join('\n')).toMatch(/city: 找不到城市/);
  });
});

describe('guardReportInChild', () => {
  it.each(['valid', 'dangling-reference'])('reports on %s exactly as the checks in this process do', (name) => {
    expect(guardReportInChild(fixture(name), now)).toEqual(guardReport(fixture(name), now));
  });
});
