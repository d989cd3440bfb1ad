import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { guardReportInChild } from '../../../src/build/content-guard/guard-child.ts';
import { guardReport } from '../../../src/build/content-guard/guard-report.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/content/${name}/`, import.meta.url));
const now = new Date('2025-01-01T00:00:00+08:00');

describe('guardReport', () => {
  // The valid site, with its city written in traditional script.
  const traditional = mkdtempSync(join(tmpdir(), 'guard-report-'));
  cpSync(fixture('valid'), traditional, { recursive: true });
  const cityFile = join(traditional, 'content/cities/jilin.md');
  writeFileSync(cityFile, readFileSync(cityFile, 'utf8').replace('name: 吉林市', 'name: 吉林市\nlang: zh-Hant'));
  afterAll(() => rmSync(traditional, { recursive: true, force: true }));

  it('gives a valid site its pages and no problems', () => {
    const report = guardReport(traditional, now);
    expect(report.problems).toEqual([]);
    expect(report.pages.map((page) => page.key).sort()).toEqual([
      'brands/jilin-sijie',
      'cities/jilin',
      'columns/zuimei-zhiwei',
      'news/2024/sijie-peixun',
      'people/fang-shuling',
    ]);
  });

  it('gives each page its script: its own, else its city’s, else the site’s', () => {
    const report = guardReport(traditional, now);
    const scriptOf = (key: string) => new Map(report.scripts).get(report.pages.find((page) => page.key === key)!.path);
    expect(scriptOf('cities/jilin')).toBe('zh-Hant');
    // The news item names no script of its own.
    expect(scriptOf('news/2024/sijie-peixun')).toBe('zh-Hant');
    expect(guardReport(fixture('valid'), now).scripts.map(([, script]) => script)).not.toContain('zh-Hant');
  });

  it('writes each problem as file:line: field: message', () => {
    const { problems } = guardReport(fixture('dangling-reference'), now);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^content\/\S+\.mdx?:\d+: /);
    expect(problems.join('\n')).toMatch(/city: 找不到城市/);
  });
});

describe('guardReportInChild', () => {
  it.each(['valid', 'dangling-reference'])('reports on %s exactly as the checks in this process do', async (name) => {
    await expect(guardReportInChild(fixture(name), now)).resolves.toEqual(guardReport(fixture(name), now));
  });
});
