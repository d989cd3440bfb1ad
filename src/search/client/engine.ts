import { createFold, parseFoldPairs, type Fold } from '../core/fold.ts';
import { containsTerms, keepExact, parseQuery, type ParsedQuery } from '../core/query.ts';
import { INDEX_LANGUAGE } from '../core/tokens.ts';
import { filterKeys, type DisplayRecord, type FilterKey, type FilterSets } from '../model.ts';

/** Where the built search lives, as the page hands it over. */
export interface EngineConfig {
  /** URL of Pagefind's pagefind.js. */
  pagefind: string;
  /** URL of the fold table written beside the index. */
  foldTable: string;
  /** URL of the folder of display records, ending in a slash. */
  records: string;
}

/** The part of Pagefind's browser API this site uses. */
interface Pagefind {
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string }[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string) => Promise<void>;
}

/** The fold table, with the index shards to merge into the primary one: one small file for both. */
interface SearchTable {
  fold: Fold;
  indexes: string[];
}

/** One search: the ids that contain every term, best first. */
export interface Found {
  query: ParsedQuery | undefined;
  ids: string[];
}

export interface Engine {
  fold: Fold;
  search: (query: string) => Promise<Found>;
  /** Which pages carry each filter value; loaded once, after the first results are on screen. */
  filterSets: () => Promise<FilterSets>;
  /** The display record of a result, or undefined when its text turns out not to hold the query. */
  record: (id: string, query: ParsedQuery) => Promise<DisplayRecord | undefined>;
}

async function loadTable(url: string): Promise<SearchTable> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const { pairs, indexes = [] } = (await response.json()) as { pairs: string; indexes?: string[] };
  return { fold: createFold(parseFoldPairs(pairs)), indexes };
}

async function loadPagefind(url: string): Promise<Pagefind> {
  // Pagefind is written into dist/ after the build, so the bundler must leave this import alone.
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // The page searches when a query is submitted, not at every keystroke, so searching on the page's own thread
  // blocks nothing a reader is doing; a web worker would be one more script to download and start, and in
  // `npm run bench` results appeared sooner without it.
  await pagefind.options({ noWorker: true });
  // Pagefind takes the language to split queries by from <html lang>, read once as it starts, in this same
  // task: for these few lines it reads the index's own language, and the page never renders it.
  const root = document.documentElement;
  const lang = root.lang;
  root.lang = INDEX_LANGUAGE;
  try {
    const started = pagefind.init();
    root.lang = lang;
    await started;
  } finally {
    root.lang = lang;
  }
  return pagefind;
}

async function ids(pending: Promise<{ results: { id: string }[] } | null>): Promise<{ id: string }[]> {
  return (await pending)?.results ?? [];
}

/**
 * Pagefind, asked the way `core/query.ts` plans: one ranked search for
 * the order, one exact search per term that must stand whole, and only the
 * results all of them agree on.
 */
export async function startEngine(config: EngineConfig): Promise<Engine> {
  const [pagefind, { fold, indexes }] = await Promise.all([loadPagefind(config.pagefind), loadTable(config.foldTable)]);
  // Each shard adds only its small entry and metadata files now; word chunks load as a query needs them.
  await Promise.all(indexes.map((url) => pagefind.mergeIndex(url)));
  const records = new Map<string, Promise<DisplayRecord>>();
  let sets: Promise<FilterSets> | undefined;

  const loadFilterSets = async (): Promise<FilterSets> => {
    const available = await pagefind.filters();
    const entries = await Promise.all(
      filterKeys.map(async (key): Promise<[FilterKey, Map<string, Set<string>>]> => {
        const values = Object.keys(available[key] ?? {});
        const members = await Promise.all(
          values.map(async (value) => {
            const found = await ids(pagefind.search(null, { filters: { [key]: value } }));
            return [value, new Set(found.map((result) => result.id))] as const;
          }),
        );
        return [key, new Map(members)];
      }),
    );
    return Object.fromEntries(entries) as FilterSets;
  };

  const fetchRecord = async (id: string): Promise<DisplayRecord> => {
    const url = `${config.records}${id}.json`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as DisplayRecord;
  };

  return {
    fold,
    search: async (text) => {
      const query = parseQuery(text, fold);
      if (!query) return { query, ids: [] };
      const [ranked, ...exact] = await Promise.all([
        ids(pagefind.search(query.ranked)),
        ...query.phrases.map((phrase) => ids(pagefind.search(phrase))),
      ]);
      return { query, ids: keepExact(ranked!, exact).map((result) => result.id) };
    },
    filterSets: () => (sets ??= loadFilterSets()),
    record: async (id, query) => {
      if (!records.has(id)) records.set(id, fetchRecord(id));
      const record = await records.get(id)!;
      // Pagefind's exact search already guarantees this for Chinese terms; the check keeps out a result that
      // matched only a term's parts: 2023 and 年 apart for 2023年, or 3·8 (which Pagefind reads as 38) for 38.
      return containsTerms(fold([record.title, record.summary, record.body].join('\n')), query.terms)
        ? record
        : undefined;
    },
  };
}
