import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Lighthouse categories in the order they are printed, with the score each must reach (0–100). */
export const GOALS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 100,
} as const;

export type Category = keyof typeof GOALS;
export const CATEGORIES = Object.keys(GOALS) as Category[];

export interface AuditPage {
  name: string;
  path: string;
}

/** A page of each kind readers land on; the search page only once the site has one. */
export function auditPages(dist: string): AuditPage[] {
  const pages: AuditPage[] = [
    { name: 'home', path: '/' },
    { name: 'city', path: '/cities/jilin/' },
    { name: 'article', path: '/news/2024/jilin-ponan-xingdong/' },
    { name: 'person', path: '/people/wu-yunping/' },
    { name: 'search', path: '/search/' },
  ];
  return pages.filter((page) => existsSync(join(dist, page.path, 'index.html')));
}

/** Lighthouse's result, as far as the scores go. */
export interface LighthouseResult {
  categories: Partial<Record<string, { score: number | null }>>;
  runtimeError?: { code: string; message: string };
}

export type Scores = Record<Category, number | null>;

/** Scores out of 100, as Lighthouse shows them; null when a category could not be scored. */
export function scoresOf(result: LighthouseResult): Scores {
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = result.categories[category]?.score;
      return [category, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Scores;
}

export interface AuditRow {
  page: AuditPage;
  scores: Scores;
}

/** Every score below its goal, as `article: performance 91 < 95`. */
export function missedGoals(rows: AuditRow[]): string[] {
  return rows.flatMap(({ page, scores }) =>
    CATEGORIES.filter((category) => (scores[category] ?? 0) < GOALS[category]).map(
      (category) => `${page.name}: ${category} ${scores[category] ?? 'no score'} < ${GOALS[category]}`,
    ),
  );
}

/** A fixed-width table: one row per page, one column per category. */
export function formatTable(rows: AuditRow[]): string {
  const header = ['page', 'path', ...CATEGORIES];
  const body = rows.map(({ page, scores }) => [
    page.name,
    page.path,
    ...CATEGORIES.map((category) => String(scores[category] ?? '–')),
  ]);
  const goals = ['goal', '', ...CATEGORIES.map((category) => `≥ ${GOALS[category]}`)];
  const table = [header, ...body, goals];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), ...body.map(line), line(goals)].join('\n');
}

/** File name for a page's report: `reports/lighthouse/article.html`. */
export function reportName(page: AuditPage): string {
  return page.name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
}
