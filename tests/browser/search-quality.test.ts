import type { Page } from 'playwright-core';
import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toSimplified, toTraditional } from '../../src/lib/script.ts';
import { buildSearchFold } from '../../src/search/build/records/fold-table.ts';
import { indexedText } from '../../src/search/build/records/record.ts';
import { readRecords } from '../../src/search/build/records/site-pages.ts';
import { tokenRuns } from '../../src/search/core/tokens.ts';
import type { SearchRecord } from '../../src/search/model.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * Search quality, measured the way a reader meets it: each query is opened
 * as /search/?q=… in Chromium on the search-quality site (the sample site
 * and the articles of tests/fixtures/search-quality), every result is loaded
 * ("显示更多结果" until there is no more) and read back.
 *
 * What each query should find is worked out here from the built pages' own
 * records, by brute force, never typed in by hand: a page holds a term when
 * the term's tokens stand in a row in its text, cut the way the site cuts
 * text (`tokens.ts`, whose rules have tests of their own); a term of Latin
 * letters may also be the pinyin, or the initials, of a run of characters in
 * one of the page's names (its title, its place, and the brands, people and
 * tags it links to), as pinyin-pro reads them. None of the index — its
 * pieces, hashes, buckets or ranking — is used to work it out.
 */

const dist = inject('qualityDist');
const records = readRecords(dist);
const { fold } = buildSearchFold();
const folded = (text: string) => tokenRuns(fold(text));

interface Known {
  record: SearchRecord;
  text: string[][];
  title: string[][];
  summary: string[][];
  /** Each name's syllables, and which of them is the title's. */
  names: { syllables: string[][]; title: boolean }[];
}

function sounds(name: string, person: boolean): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const readings = pinyin(fold(name), {
    toneType: 'none',
    type: 'all',
    v: true,
    ...(person ? { surname: 'head' } : {}),
  });
  for (const { origin, pinyin: reading } of readings) {
    if (/\p{Script=Han}/u.test(origin) && /^[a-z]+$/.test(reading)) run.push(reading);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const known: Known[] = records.map((record) => ({
  record,
  text: folded(indexedText(record, (text) => text)),
  title: folded(record.title),
  summary: folded(record.summary),
  names: [
    { syllables: sounds(record.title, record.kind === 'person'), title: true },
    ...[...(record.place ? [record.place] : []), ...record.names].map((name) => ({
      syllables: sounds(name, false),
      title: false,
    })),
  ],
}));

/** Whether `tokens` stand in a row in one of the runs. */
function holds(runs: readonly (readonly string[])[], tokens: readonly string[]): boolean {
  return runs.some((run) =>
    run.some((_, start) => start + tokens.length <= run.length && tokens.every((token, k) => run[start + k] === token)),
  );
}

/** How a page holds a typed term, best first; undefined when it does not. */
function standing(page: Known, term: string[], syllables: ReadonlySet<string>): number | undefined {
  if (holds(page.title, term)) return 0;
  if (holds(page.summary, term)) return 1;
  if (holds(page.text, term)) return 2;
  const letters = term.length === 1 && /^[a-z]+$/.test(term[0]!) ? term[0]! : undefined;
  if (!letters) return undefined;
  const split = splitSyllables(letters, syllables);
  const inNames = (pick: (syllables: string[][]) => string[][], wanted: string[], title: boolean) =>
    page.names.some((name) => (!title || name.title) && holds(pick(name.syllables), wanted));
  const initialsOf = (runs: string[][]) => runs.map((run) => run.map((syllable) => syllable[0]!));
  if (split) {
    if (inNames((runs) => runs, split, true)) return 3;
    if (inNames((runs) => runs, split, false)) return 4;
    return undefined;
  }
  if (letters.length < 2) return undefined;
  if (inNames(initialsOf, Array.from(letters), true)) return 5;
  if (inNames(initialsOf, Array.from(letters), false)) return 6;
  return undefined;
}

/** Letters as the fewest pinyin syllables, brute force over every way of cutting them. */
function splitSyllables(letters: string, syllables: ReadonlySet<string>): string[] | undefined {
  let best: string[] | undefined;
  const walk = (at: number, so: string[]) => {
    if (best && so.length >= best.length) return;
    if (at === letters.length) {
      best = [...so];
      return;
    }
    for (let end = at + 1; end <= letters.length; end++)
      if (syllables.has(letters.slice(at, end))) walk(end, [...so, letters.slice(at, end)]);
  };
  walk(0, []);
  return best;
}

const everySyllable = new Set<string>();
for (let code = 0x4e00; code <= 0x9fa5; code++)
  for (const reading of pinyin(String.fromCharCode(code), { toneType: 'none', type: 'array', v: true, multiple: true }))
    if (/^[a-z]+$/.test(reading)) everySyllable.add(reading);

interface Expected {
  /** Every page the query should list, with the worst standing of its terms there. */
  pages: Map<string, number>;
  terms: string[][];
}

function expected(query: string): Expected {
  const terms = [...new Map(folded(query.normalize('NFC')).map((term) => [term.join('\u0001'), term])).values()];
  const pages = new Map<string, number>();
  if (terms.length === 0) return { pages, terms };
  for (const page of known) {
    let worst = 0;
    for (const term of terms) {
      const found = standing(page, term, everySyllable);
      worst = found === undefined ? -1 : worst === -1 ? -1 : Math.max(worst, found);
      if (worst === -1) break;
    }
    if (worst !== -1) pages.set(page.record.url, worst);
  }
  return { pages, terms };
}

const entries = records.filter((record) => record.kind !== 'news');
const hanOnly = (text: string) => /^\p{Script=Han}+$/u.test(fold(text));
const otherScript = (text: string) => (toSimplified(text) === text ? toTraditional(text) : toSimplified(text));
const joined = (name: string, person: boolean) => sounds(name, person).flat().join('');
const halves = (name: string, person: boolean) => {
  const all = sounds(name, person).flat();
  const middle = Math.ceil(all.length / 2);
  return `${all.slice(0, middle).join('')} ${all.slice(middle).join('')}`;
};
const initials = (name: string, person: boolean) =>
  sounds(name, person)
    .flat()
    .map((syllable) => syllable[0])
    .join('');

const querySet: { kind: string; queries: string[] }[] = [
  {
    kind: 'term as written',
    queries: ['妇联', '执委', '巾帼', '微家', '家政', '宣讲团', '婚姻调解', '妇女微家', '最美执委', '基层组织建设'],
  },
  { kind: 'entry’s name as written', queries: entries.map((record) => record.title) },
  {
    kind: 'in the other script',
    queries: [
      ...['婦聯', '執委', '婚姻調解', '婦女微家'],
      ...entries.map((record) => otherScript(record.title)),
    ].filter((query, index, all) => all.indexOf(query) === index && !entries.some((record) => record.title === query)),
  },
  {
    kind: 'numbers',
    queries: [
      ...['2023年', '2023 年', '41个', '987人', '987 人次', '12.5万元', '12.5万', '2.3万', '2.3 万'],
      ...['100%', '100', '3·8', '38', '1200人', '1,200', '156人次', '１５６人次', '2022年底', '12笔'],
    ],
  },
  {
    kind: 'marks inside a name',
    queries: [
      ...['巾帼·家', '巾帼家', '「巾帼·家」', '《巾帼·家》', '巾帼 · 家', '巾帼聊亮', '巾帼“聊”亮', '巾帼‘聊’亮'],
      ...['新火聊圆·她先行', '新火聊圆她先行', '家庭教育促进法', '《家庭教育促进法》', '「吉林四姐」'],
    ],
  },
  { kind: 'full and half width', queries: ['ＡＩ', 'ＡＩ课堂', '妇联ＡＩ', '２０２３年', 'ai课堂'] },
  {
    kind: 'pinyin',
    queries: [
      ...['jilin', 'fulian', 'liaocheng', 'qinzhou', 'tianshui', 'jiazheng', 'shanlihua', 'jiuye'],
      ...entries
        .filter((record) => hanOnly(record.title))
        .map((record) => joined(record.title, record.kind === 'person')),
      ...entries
        .filter((record) => hanOnly(record.title) && Array.from(record.title).length >= 4)
        .map((record) => halves(record.title, record.kind === 'person')),
    ],
  },
  {
    kind: 'initials',
    queries: entries
      .filter((record) => hanOnly(record.title))
      .map((record) => initials(record.title, record.kind === 'person'))
      .filter((query, index, all) => all.indexOf(query) === index && !everySyllable.has(query)),
  },
  { kind: 'parts held apart', queries: ['联妇', '姐四林吉', '家微女妇', '委执美最', '巾帼聊', '聊亮巾帼', '家巾帼'] },
  { kind: 'several terms', queries: ['妇联 AI', '吉林 执委', '巾帼 家庭', '妇女微家 秦州', 'ai'] },
  { kind: 'one character', queries: ['家', '姐', '委', '帼', '婦'] },
  { kind: 'no match', queries: ['柠檬汽水', '量子计算机', '巾帼火箭'] },
];

interface Outcome {
  kind: string;
  query: string;
  expected: Expected;
  count: number;
  listed: string[];
}

let launched: LaunchedBrowser;
let server: StaticServer;
let page: Page;
const outcomes: Outcome[] = [];

async function settled(): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !document.getElementById('search')?.hasAttribute('aria-busy');
  });
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** Opens a query and lists every result, pressing "显示更多结果" until there is no more. */
async function run(query: string): Promise<{ count: number; listed: string[] }> {
  await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
  const status = await settled();
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('#search-results > li').length > before, shown);
  }
  const listed = await page
    .locator('#search-results > li h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { count: Number(/找到 (\d+) 条/.exec(status)?.[1] ?? 0), listed };
}

const dateOf = new Map(records.map((record) => [record.url, record.date ?? '']));
const kindOf = new Map(records.map((record) => [record.url, record.kind]));

/** Places where a result of equal standing comes before an entry, or before a newer one: ranking mistakes. */
function orderMistakes({ expected: { pages }, listed }: Outcome): number {
  let mistakes = 0;
  for (let i = 1; i < listed.length; i++) {
    const [a, b] = [listed[i - 1]!, listed[i]!];
    if (pages.get(a) !== pages.get(b)) continue;
    const entryA = kindOf.get(a) !== 'news';
    const entryB = kindOf.get(b) !== 'news';
    if (!entryA && entryB) mistakes++;
    else if (!entryA && !entryB && dateOf.get(a)! < dateOf.get(b)!) mistakes++;
  }
  return mistakes;
}

/** Whether a title-first check applies (some page holds the query in its title), and whether it passed. */
function titleFirst({ expected: { pages }, listed }: Outcome): boolean | undefined {
  const best = Math.min(...pages.values());
  // Held in a title: as written (0), by pinyin (3) or by initials (5).
  if (pages.size === 0 || (best !== 0 && best !== 3 && best !== 5)) return undefined;
  return pages.get(listed[0] ?? '') === best;
}

beforeAll(async () => {
  [server, launched] = await Promise.all([serveStatic(dist), launchBrowser()]);
  page = await (await launched.browser.newContext({ locale: 'zh-CN' })).newPage();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`);

describe('search quality on the search-quality site', () => {
  it('has at least 150 queries of every kind, in both scripts', () => {
    const all = querySet.flatMap(({ queries }) => queries);
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const { kind, queries } of querySet) expect(queries.length, kind).toBeGreaterThan(0);
    expect(all.some((query) => toSimplified(query) !== query)).toBe(true);
    expect(all.some((query) => toTraditional(query) !== query)).toBe(true);
  });

  it('lists every page that holds the query, and no other, best first', { timeout: 900_000 }, async () => {
    for (const { kind, queries } of querySet)
      for (const query of queries) outcomes.push({ kind, query, expected: expected(query), ...(await run(query)) });

    const line = (label: string, group: Outcome[]) => {
      const wanted = group.reduce((sum, outcome) => sum + outcome.expected.pages.size, 0);
      const found = group.reduce(
        (sum, { expected: { pages }, listed }) => sum + listed.filter((url) => pages.has(url)).length,
        0,
      );
      const falseHits = group.reduce(
        (sum, { expected: { pages }, listed }) => sum + listed.filter((url) => !pages.has(url)).length,
        0,
      );
      const firsts = group.map(titleFirst).filter((value) => value !== undefined);
      const mistakes = group.reduce((sum, outcome) => sum + orderMistakes(outcome), 0);
      return (
        `${label.padEnd(24)} ${String(group.length).padStart(3)} queries  recall ${percent(found, wanted).padStart(6)}` +
        `  false hits ${String(falseHits).padStart(2)}  title first ${percent(firsts.filter(Boolean).length, firsts.length).padStart(6)}` +
        ` (${firsts.length})  order mistakes ${mistakes}`
      );
    };
    console.log(
      [
        'Search quality, search-quality site (every result of every query):',
        ...outcomes.map(
          ({ kind, query, expected: { pages }, count, listed }) =>
            `${kind.padEnd(24)} ${query.padEnd(14)} expected ${String(pages.size).padStart(2)}  found ${String(count).padStart(2)}  first ${listed[0] ?? '–'}`,
        ),
        '',
        ...querySet.map(({ kind }) =>
          line(
            kind,
            outcomes.filter((outcome) => outcome.kind === kind),
          ),
        ),
        line('all queries', outcomes),
      ].join('\n'),
    );

    for (const outcome of outcomes) {
      const label = `${outcome.kind}: ${outcome.query}`;
      expect(new Set(outcome.listed), label).toEqual(new Set(outcome.expected.pages.keys()));
      expect(outcome.listed, label).toHaveLength(outcome.expected.pages.size);
      expect(outcome.count, label).toBe(outcome.expected.pages.size);
      expect(orderMistakes(outcome), label).toBe(0);
    }
    const firsts = outcomes.map(titleFirst).filter((value) => value !== undefined);
    expect(firsts.filter(Boolean).length / firsts.length).toBeGreaterThanOrEqual(0.95);
    // An entry comes first for its own name, as written or as pinyin.
    for (const outcome of outcomes.filter(({ kind }) => kind === 'entry’s name as written'))
      expect(outcome.listed[0], outcome.query).toBe(entries.find((record) => record.title === outcome.query)?.url);
    // Pages found as written come before pages found by pinyin: ai finds AI before 关爱.
    for (const {
      query,
      expected: { pages },
      listed,
    } of outcomes) {
      const literal = listed.map((url) => pages.get(url)! <= 2);
      expect(literal.indexOf(false) === -1 || literal.lastIndexOf(true) < literal.indexOf(false), query).toBe(true);
    }
    expect(
      outcomes.filter(({ kind }) => kind === 'no match').every(({ expected: { pages } }) => pages.size === 0),
    ).toBe(true);
    // The parts-apart queries and the distractor articles are there to be told apart: each has pages holding the parts.
    for (const query of ['巾帼聊', '家巾帼'])
      expect(known.some((page) => holds(page.text, ['巾', '帼']) && holds(page.text, [...query].slice(-1)))).toBe(true);
  });
});

describe('suggestions when nothing is found', () => {
  /** A character no page holds, for typos that must find nothing. */
  const unused = Array.from('鑫彧琮琰翀燊犇淼垚焱').find((char) => !known.some((page) => holds(page.text, [char])))!;
  /** Another everyday character read the same as `char`, if there is one no page holds. */
  const homophone = (char: string) => {
    const [reading] = pinyin(char, { toneType: 'none', type: 'array', v: true });
    for (let code = 0x4e00; code <= 0x9fa5; code++) {
      const other = String.fromCharCode(code);
      if (other === char || fold(other) === fold(char)) continue;
      if (pinyin(other, { toneType: 'none', type: 'array', v: true })[0] !== reading) continue;
      if (!known.some((page) => holds(page.text, [fold(other)]))) return other;
    }
    return undefined;
  };
  const named = entries.filter((record) => hanOnly(record.title) && Array.from(record.title).length >= 3);
  const typos = [
    ...named.map((record) => ({
      query: `${Array.from(record.title).slice(0, -1).join('')}${unused}`,
      url: record.url,
    })),
    ...named.flatMap((record) => {
      const chars = Array.from(record.title);
      const other = homophone(chars.at(-1)!);
      return other ? [{ query: `${chars.slice(0, -1).join('')}${other}`, url: record.url }] : [];
    }),
    { query: '吉林四妹', url: '/brands/jilin-sijie/' },
    { query: '鲁姐家证', url: '/brands/lujie-jiazheng/' },
  ].filter(({ query }) => expected(query).pages.size === 0);

  it(
    'offers the intended entry among the first three, as a link, and lists no result',
    { timeout: 600_000 },
    async () => {
      const misses: string[] = [];
      for (const { query, url } of typos) {
        await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
        expect(await settled(), query).toMatch(/^没有找到/);
        const offered = await page
          .locator('#search-suggestions a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        if (!offered.slice(0, 3).includes(url)) misses.push(`${query} → ${offered.join(' ')} (wanted ${url})`);
        expect(await page.locator('#search-results > li').count(), query).toBe(0);
      }
      console.log(
        `Suggestions: ${typos.length - misses.length} of ${typos.length} typos offer the intended entry among the first three.` +
          (misses.length > 0 ? `\n${misses.join('\n')}` : ''),
      );
      expect(typos.length).toBeGreaterThanOrEqual(20);
      expect(misses).toEqual([]);
    },
  );
});
