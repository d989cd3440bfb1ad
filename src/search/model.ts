/**
 * What the search subsystem talks about, and nothing that does anything: the
 * kinds of record, a record as read from a built page and as the browser
 * shows it, the filters, and a search as a link carries it. Every other part
 * of `src/search/` imports from here; this file imports nothing.
 */

/** The kinds of page that are search records: an entry's own page. Lists, tag pages and the home page are not. */
export const recordKinds = ['news', 'person', 'brand', 'city', 'column'] as const;
export type RecordKind = (typeof recordKinds)[number];

/** One searchable entry, as its page shows it. */
export interface SearchRecord {
  url: string;
  kind: RecordKind;
  title: string;
  summary: string;
  /** The page's text below the title, one line per block. */
  body: string;
  /** `<html lang>`: the script the entry is written in. */
  lang: string;
  /** yyyy-mm-dd */
  date?: string;
  place?: string;
  /** Ids of the cities the entry is filed under. */
  cities: string[];
  /** Ids of the brands the entry is filed under. */
  brands: string[];
  /** Names of the brands, people and tags it links to, as written (`searchName`). */
  names: string[];
}

/** The filters a search can be narrowed by. */
export const filterKeys = ['city', 'type', 'year', 'brand'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The chosen value of each filter; a filter left out is not applied. */
export type ActiveFilters = Partial<Record<FilterKey, string>>;

/** For each filter, the pages (by number in the index) that carry each value. */
export type FilterSets = Record<FilterKey, Map<string, ReadonlySet<number>>>;

/** A search as a link carries it: `/search/?q=执委&city=jilin&type=news`. */
export interface SearchState {
  query: string;
  filters: ActiveFilters;
}

/**
 * The fields a term is listed under for a page: literally in its title, its
 * summary or anywhere in its text (title and summary included); by the
 * pinyin of its title or of any name it carries (title, place, the brands,
 * people and tags it is filed under); and by their initials. A query's
 * results are ranked by the first field each term is found in.
 */
export const fields = [
  'title',
  'summary',
  'text',
  'pinyinTitle',
  'pinyinNames',
  'initialsTitle',
  'initialsNames',
] as const;
export type Field = (typeof fields)[number];

/** The index's entry file (`searchAssets.meta`): what a search page reads first. */
export interface IndexMeta {
  /** The format of the files (`FORMAT_VERSION`). */
  version: number;
  /** This build's folder of index files, under `searchAssets.dir`. */
  folder: string;
  /** Pages indexed, numbered 0 … pages − 1 in the order results of equal standing are shown. */
  pages: number;
  /** The index has `2 ** bits` buckets of terms. */
  bits: number;
  /** The fold the query needs: `parseFoldPairs` pairs of every character whose key the index holds. */
  fold: string;
  /** Every pinyin syllable, space-separated: what typed letters are split into. */
  syllables: string;
}

/** What a result shows besides an excerpt: a page's title, kind, date, place and summary. */
export interface ResultHead {
  url: string;
  kind: RecordKind;
  title: string;
  summary: string;
  /** `<html lang>`: the script the entry is written in. */
  lang: string;
  /** yyyy-mm-dd */
  date?: string;
  place?: string;
}

/** A name the search page may suggest when nothing is found: an entry's title, and its pinyin. */
export interface SuggestedName {
  title: string;
  url: string;
  kind: RecordKind;
  /** Its syllables, space-separated, one per Han character. */
  sounds: string;
}

/** `indexFiles.suggest`. */
export interface Suggestions {
  names: SuggestedName[];
  /** For each syllable of a name, the everyday characters read so: a query typed with a homophone still finds it. */
  homophones: Record<string, string>;
}
