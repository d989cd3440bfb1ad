import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditPages, formatTable, GOALS, missedGoals, reportName, scoresOf } from '../../scripts/lib/audit.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function distWith(paths: string[]): string {
  const dist = mkdtempSync(join(tmpdir(), 'jinguo-audit-'));
  dirs.push(dist);
  for (const path of paths) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), '<!doctype html>');
  }
  return dist;
}

const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('auditPages', () => {
  it('audits home, a city, an article, a person and the search page when it exists', () => {
    const pages = ['/', '/cities/jilin/', '/news/2024/jilin-ponan-xingdong/', '/people/wu-yunping/'];
    expect(auditPages(distWith(pages)).map((page) => page.name)).toEqual(['home', 'city', 'article', 'person']);
    expect(auditPages(distWith([...pages, '/search/'])).map((page) => page.name)).toEqual([
      'home',
      'city',
      'article',
      'person',
      'search',
    ]);
  });
});

describe('scoresOf', () => {
  it('turns Lighthouse scores into whole numbers out of 100, null where unscored', () => {
    expect(
      scoresOf({
        categories: {
          performance: { score: 0.954 },
          accessibility: { score: 1 },
          'best-practices': { score: null },
          seo: { score: 0.92 },
        },
      }),
    ).toEqual({ performance: 95, accessibility: 100, 'best-practices': null, seo: 92 });
  });
});

describe('missedGoals', () => {
  it('lists each score below its goal, and nothing when all are met', () => {
    const page = { name: 'article', path: '/news/x/' };
    expect(missedGoals([{ page, scores: { ...perfect, performance: GOALS.performance } }])).toEqual([]);
    expect(missedGoals([{ page, scores: { ...perfect, performance: 91, accessibility: 98, seo: null } }])).toEqual([
      'article: performance 91 < 95',
      'article: accessibility 98 < 100',
      'article: seo no score < 100',
    ]);
  });
});

describe('formatTable', () => {
  it('prints one aligned row per page and a row of goals', () => {
    const table = formatTable([
      { page: { name: 'home', path: '/' }, scores: perfect },
      { page: { name: 'person', path: '/people/wu-yunping/' }, scores: { ...perfect, performance: 97 } },
    ]);
    expect(table.split('\n')).toEqual([
      'page    path                 performance  accessibility  best-practices    seo',
      'home    /                            100            100             100    100',
      'person  /people/wu-yunping/           97            100             100    100',
      'goal                                ≥ 95          ≥ 100            ≥ 95  ≥ 100',
    ]);
  });
});

describe('reportName', () => {
  it('makes a file name of the page name', () => {
    expect(reportName({ name: 'article', path: '/news/x/' })).toBe('article');
    expect(reportName({ name: 'City Page', path: '/' })).toBe('city-page');
  });
});
