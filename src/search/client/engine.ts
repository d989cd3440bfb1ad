import { indexFiles } from '../core/assets.ts';
import { readBucket, readPages, type BucketEntry, type PagesFile } from '../core/format.ts';
import { createFold, parseFoldPairs, type Fold } from '../core/fold.ts';
import { parseQuery, queryKeys, type ParsedQuery } from '../core/query.ts';
import { rank } from '../core/rank.ts';
import {
  batchRanges,
  bytesOf,
  recordPlaces,
  type ReceivedPart,
  type RecordPlace,
  type Wanted,
} from '../core/records.ts';
import { suggestNames } from '../core/suggest.ts';
import { bucketOf, MAX_GRAM } from '../core/terms.ts';
import { ByteRanges, Missing } from './byte-ranges.ts';
import { inflateTexts } from './inflate.ts';
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
  /**
   * What the given pages show in a list of results, in the same order, and
   * the text of those whose text is wanted (for an excerpt): one request for
   * the whole batch (one per record file it touches).
   */
  batch: (wanted: readonly Wanted[]) => Promise<BatchResult[]>;
  /** Names to offer when a query finds nothing. */
  suggest: (query: string) => Promise<SuggestedName[]>;
}

const decoder = new TextDecoder();

/** One result of a batch: what it shows, and its text if it was wanted. */
export interface BatchResult {
  head: ResultHead;
  text?: string;
}

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
  readonly #ranges = new ByteRanges();
  #places: Promise<RecordPlace[]> | undefined;
  readonly #results = new Map<number, BatchResult>();

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

  pages(): Promise<PagesFile> {
    return this.#once(indexFiles.pages, async (response) => readPages(new Uint8Array(await response.arrayBuffer())));
  }

  async batch(wanted: readonly Wanted[]): Promise<BatchResult[]> {
    const places = await (this.#places ??= this.pages().then(({ records }) => recordPlaces(records)));
    // Pages already read (another filter, a search again) are not asked for again.
    const needed = wanted.filter(({ page, text }) => {
      const known = this.#results.get(page);
      return !known || (text && known.text === undefined);
    });
    const fetched = new Map<number, ReceivedPart[]>();
    await Promise.all(
      [...batchRanges(places, needed)].map(async ([file, ranges]) => {
        const bytes = await this.#ranges.fetch(new URL(indexFiles.records(file), this.#base).href, ranges);
        fetched.set(
          file,
          ranges.map(({ start }, index) => ({ start, bytes: bytes[index]! })),
        );
      }),
    );
    const slice = (file: number, start: number, end: number) => bytesOf(fetched.get(file)!, { start, end })!;
    const texts = await inflateTexts(
      needed
        .filter(({ text }) => text)
        .map(({ page }) => slice(places[page]!.file, places[page]!.text, places[page]!.end)),
    );
    for (const { page, text } of needed) {
      const place = places[page]!;
      const head = JSON.parse(decoder.decode(slice(place.file, place.head, place.text))) as ResultHead;
      this.#results.set(page, text ? { head, text: texts.shift()! } : { head });
    }
    return wanted.map(({ page, text }) => {
      const known = this.#results.get(page)!;
      return text ? known : { head: known.head };
    });
  }
}

/**
 * The site's search index, read as a query needs it: the entry file first
 * (`metaUrl`, which names this build's folder), then for each query the
 * buckets of its terms and, with the first, the pages file (filters, names
 * and where each page's record is); then each batch of results in one
 * request (`Index.batch`), a page's text only when its excerpt is shown. An
 * entry file kept from an earlier build names a folder
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
    batch: (wanted) => retry((at) => at.batch(wanted)),
    suggest: (text) =>
      retry(async (at) => suggestNames(text, at.fold, await at.json<Suggestions>(indexFiles.suggest), at.syllables)),
  };
}

/** Terms of more than `MAX_GRAM` tokens, which a result must be seen to hold (see `core/terms.ts`). */
export function longTerms(query: ParsedQuery | undefined): string[][] {
  return (query?.terms ?? []).filter((term) => term.tokens.length > MAX_GRAM).map((term) => term.tokens);
}
