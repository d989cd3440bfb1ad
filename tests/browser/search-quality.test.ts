import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readRecords } from '../../src/search/build/run/build-index.ts';
import { toSimplified, toTraditional } from '../../src/lib/script.ts';
import { buildSearchFold } from '../../src/search/build/records/fold-table.ts';
import { containsTerms, parseQuery } from '../../src/search/core/query.ts';
import { indexedText } from '../../src/search/build/records/record.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * Search quality on the sample site, measured the way a reader meets it: each
 * query is opened as /search/?q=… in Chromium and the results the page lists
 * are read back. The pages each query should find are worked out from the
 * built site's own text — every indexed page whose folded text contains each
 * term — never typed in by hand.
 */

const sampleDist = inject('sampleDist');
const records = readRecords(sampleDist);
const { fold } = buildSearchFold();
const texts = new Map(records.map((record) => [record.url, indexedText(record, fold)]));

const titles = (kind: string) => records.filter((record) => record.kind === kind).map((record) => record.title);
/** The same words in the other script: a name written 吳雲蘋 is typed 吴云苹, and the other way round. */
const otherScript = (text: string) => (toSimplified(text) === text ? toTraditional(text) : toSimplified(text));

const querySet: { kind: string; queries: string[] }[] = [
  { kind: 'term, 2 characters', queries: ['妇联', '执委', '巾帼', '微家', '家政'] },
  {
    kind: 'term, 3–6 characters',
    queries: ['宣讲团', '婚姻调解', '妇女微家', '最美执委', '水城巾帼美', '基层组织建设'],
  },
  { kind: 'person’s name', queries: titles('person') },
  { kind: 'brand name', queries: titles('brand') },
  {
    kind: 'typed in the other script',
    queries: [
      ...['婦聯', '執委', '婚姻調解', '婦女微家'],
      ...titles('person').map(otherScript),
      ...titles('brand').map(otherScript),
    ],
  },
  { kind: 'characters apart', queries: ['联妇', '姐四林吉', '家微女妇', '委执美最'] },
  { kind: 'one character', queries: ['家', '姐', '委', '帼', '婦'] },
  { kind: 'no match', queries: ['柠檬汽水', '量子计算机', '巾帼火箭'] },
];

interface Outcome {
  kind: string;
  query: string;
  expected: Set<string>;
  count: number;
  top: string[];
}

/** recall@10: how many of the pages that should be found (at most ten) are among the first ten shown. */
function recallAt10({ expected, top }: Outcome): number {
  if (expected.size === 0) return 1;
  return top.filter((url) => expected.has(url)).length / Math.min(10, expected.size);
}

/** precision@10: how many of the first ten shown should have been found; nothing shown is no false hit. */
function precisionAt10({ expected, top }: Outcome): number {
  if (top.length === 0) return expected.size === 0 ? 1 : 0;
  return top.filter((url) => expected.has(url)).length / top.length;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

let launched: LaunchedBrowser;
let server: StaticServer;
let page: Page;
const outcomes: Outcome[] = [];

async function run(query: string): Promise<{ count: number; top: string[] }> {
  await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !document.getElementById('search')?.hasAttribute('aria-busy');
  });
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const top = await page
    .locator('#search-results > li h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { count: Number(/找到 (\d+) 条/.exec(status)?.[1] ?? 0), top };
}

beforeAll(async () => {
  [server, launched] = await Promise.all([serveStatic(sampleDist), launchBrowser()]);
  page = await (await launched.browser.newContext({ locale: 'zh-CN' })).newPage();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

describe('search quality on the sample site', () => {
  it('has a query set of at least 40 queries, both scripts, terms of 2 to 6 characters', () => {
    const all = querySet.flatMap(({ queries }) => queries);
    expect(all.length).toBeGreaterThanOrEqual(40);
    const lengths = new Set(querySet[0]!.queries.concat(querySet[1]!.queries).map((query) => Array.from(query).length));
    expect([...lengths].sort()).toEqual([2, 3, 4, 5, 6]);
    expect(all.some((query) => toSimplified(query) !== query)).toBe(true);
    expect(all.some((query) => toTraditional(query) !== query)).toBe(true);
  });

  it('finds every page that contains the query, and no other, for every query', { timeout: 300_000 }, async () => {
    for (const { kind, queries } of querySet) {
      for (const query of queries) {
        const parsed = parseQuery(query, fold);
        const expected = new Set(
          [...texts].filter(([, text]) => parsed && containsTerms(text, parsed.terms)).map(([url]) => url),
        );
        outcomes.push({ kind, query, expected, ...(await run(query)) });
      }
    }

    const rows = outcomes.map((outcome) => {
      const { kind, query, expected, count } = outcome;
      return `${kind.padEnd(26)} ${query.padEnd(12)} expected ${String(expected.size).padStart(2)}  found ${String(count).padStart(2)}  recall@10 ${percent(recallAt10(outcome)).padStart(6)}  precision@10 ${percent(precisionAt10(outcome)).padStart(6)}`;
    });
    const summary = (label: string, group: Outcome[]) =>
      `${label.padEnd(26)} ${String(group.length).padStart(3)} queries  recall@10 ${percent(mean(group.map(recallAt10)))}  precision@10 ${percent(mean(group.map(precisionAt10)))}`;
    const multi = outcomes.filter((outcome) => outcome.kind !== 'one character');
    console.log(
      [
        'Search quality, sample site (recall@10 and precision@10 averaged over queries):',
        ...rows,
        '',
        ...querySet.map(({ kind }) =>
          summary(
            kind,
            outcomes.filter((outcome) => outcome.kind === kind),
          ),
        ),
        summary('multi-character queries', multi),
        summary('all queries', outcomes),
      ].join('\n'),
    );

    for (const outcome of outcomes) {
      const label = `${outcome.kind}: ${outcome.query}`;
      expect(recallAt10(outcome), label).toBe(1);
      expect(precisionAt10(outcome), label).toBe(1);
      // Beyond the first ten: the count the page gives is every page that contains the query.
      expect(outcome.count, label).toBe(outcome.expected.size);
    }
    expect(outcomes.filter((outcome) => outcome.kind === 'no match').every((o) => o.expected.size === 0)).toBe(true);
  });
});
