import { indexFiles } from '../core/assets.ts';
import { readBucket, readPages, type BucketEntry, type PagesFile } from '../core/format.ts';
import { createFold, parseFoldPairs, type Fold } from '../core/fold.ts';
import { parseQuery, queryKeys, type ParsedQuery } from '../core/query.ts';
import { rank } from '../core/rank.ts';
import { suggestNames } from '../core/suggest.ts';
import { bucketOf, MAX_GRAM } from '../core/terms.ts';
import {
  filterKeys,
  type FilterKey,
  type FilterSets,
  type IndexMeta,
  type ResultHead,
  type SuggestedName,
  type Suggestions,
} from '../model.ts';

/** One search: the pages that hold every term, best first, with how each holds them (`core/rank.ts`). */
export interface Found {
  query: ParsedQuery | undefined;
  pages: number[];
  standing: ReadonlyMap<number, number>;
}

export interface Engine {
  readonly fold: Fold;
  search: (query: string) => Promise<Found>;
  /** Which pages carry each filter value: read with the first search, so counting them costs no request. */
  filterSets: () => Promise<FilterSets>;
  /** What the given pages show in a list of results, in the same order. */
  heads: (pages: readonly number[]) => Promise<ResultHead[]>;
  /** A page's text as shown, for an excerpt. */
  text: (head: ResultHead) => Promise<string>;
  /** Names to offer when a query finds nothing. */
  suggest: (query: string) => Promise<SuggestedName[]>;
}

class Missing extends Error {}

async function get(url: string): Promise<Response> {
  const response = await fetch(url);
  if (response.status === 404) throw new Missing(`${url}: 404`);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** One build's index, as its entry file names it; each file fetched once. */
class Index {
  readonly meta: IndexMeta;
  readonly fold: Fold;
  readonly syllables: ReadonlySet<string>;
  readonly #base: URL;
  readonly #files = new Map<string, Promise<unknown>>();

  constructor(meta: IndexMeta, metaUrl: string) {
    this.meta = meta;
    this.#base = new URL(`${meta.folder}/`, new URL(metaUrl, location.href));
    this.fold = createFold(parseFoldPairs(meta.fold));
    this.syllables = new Set(meta.syllables.split(' '));
  }

  #once<T>(path: string, read: (response: Response) => Promise<T>): Promise<T> {
    let found = this.#files.get(path) as Promise<T> | undefined;
    if (!found) {
      found = get(new URL(path, this.#base).href).then(read);
      // A failed fetch is tried again next time rather than kept.
      found.catch(() => this.#files.delete(path));
      this.#files.set(path, found);
    }
    return found;
  }

  bytes(path: string): Promise<Uint8Array> {
    return this.#once(path, async (response) => new Uint8Array(await response.arrayBuffer()));
  }

  json<T>(path: string): Promise<T> {
    return this.#once(path, (response) => response.json() as Promise<T>);
  }

  text(path: string): Promise<string> {
    return this.#once(path, (response) => response.text());
  }

  pages(): Promise<PagesFile> {
    return this.#once(indexFiles.pages, async (response) => readPages(new Uint8Array(await response.arrayBuffer())));
  }
}

/**
 * The site's search index, read as a query needs it: the entry file first
 * (`metaUrl`, which names this build's folder), then for each query the
 * buckets of its terms and, with the first, the pages file (filters and
 * names); heads of results a block at a time; a page's text only when its
 * excerpt is shown. An entry file kept from an earlier build names a folder
 * that is gone: then it is read again from the site, once.
 */
export async function startEngine(metaUrl: string): Promise<Engine> {
  const load = async (fresh: boolean) =>
    new Index((await (await fetch(metaUrl, fresh ? { cache: 'reload' } : {})).json()) as IndexMeta, metaUrl);
  let index = await load(false);
  let reloaded = false;
  const retry = async <T>(work: (index: Index) => Promise<T>): Promise<T> => {
    try {
      return await work(index);
    } catch (error) {
      if (!(error instanceof Missing) || reloaded) throw error;
      reloaded = true;
      index = await load(true);
      return work(index);
    }
  };

  return {
    get fold() {
      return index.fold;
    },
    search: (text) =>
      retry(async (at) => {
        const query = parseQuery(text, at.fold, at.syllables);
        if (!query) return { query, pages: [], standing: new Map() };
        const keys = queryKeys(query);
        const [{ names }, ...files] = await Promise.all([
          at.pages(),
          ...keys.map((key) => at.bytes(indexFiles.bucket(bucketOf(key, at.meta.bits)))),
        ]);
        const entries = new Map<number, BucketEntry | undefined>(
          keys.map((key, position) => [key, readBucket(files[position]!, key, at.meta.bits)]),
        );
        const { pages, standing } = rank(query, (key) => entries.get(key), names);
        return { query, pages, standing };
      }),
    filterSets: () =>
      retry(async (at) => {
        const { filters } = await at.pages();
        const sets = {} as Record<FilterKey, Map<string, ReadonlySet<number>>>;
        for (const key of filterKeys)
          sets[key] = new Map([...filters[key]].map(([value, list]) => [value, new Set(list)]));
        return sets satisfies FilterSets;
      }),
    heads: (wanted) =>
      retry(async (at) => {
        const { block } = at.meta;
        const numbers = [...new Set(wanted.map((page) => Math.floor(page / block)))];
        const loaded = new Map(
          await Promise.all(
            numbers.map(async (number) => [number, await at.json<ResultHead[]>(indexFiles.heads(number))] as const),
          ),
        );
        return wanted.map((page) => loaded.get(Math.floor(page / block))![page % block]!);
      }),
    text: (head) => retry((at) => at.text(indexFiles.text(head.text))),
    suggest: (text) =>
      retry(async (at) => suggestNames(text, at.fold, await at.json<Suggestions>(indexFiles.suggest), at.syllables)),
  };
}

/** Terms of more than `MAX_GRAM` tokens, which a result must be seen to hold (see `core/terms.ts`). */
export function longTerms(query: ParsedQuery | undefined): string[][] {
  return (query?.terms ?? []).filter((term) => term.tokens.length > MAX_GRAM).map((term) => term.tokens);
}
