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
}

/** What the browser fetches to show a result: the record as written, in its own script. */
export type DisplayRecord = Pick<
  SearchRecord,
  'url' | 'kind' | 'title' | 'summary' | 'body' | 'lang' | 'date' | 'place'
>;

/** The filters a search can be narrowed by. */
export const filterKeys = ['city', 'type', 'year', 'brand'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The chosen value of each filter; a filter left out is not applied. */
export type ActiveFilters = Partial<Record<FilterKey, string>>;

/** For each filter, the pages (by id) that carry each value. */
export type FilterSets = Record<FilterKey, Map<string, Set<string>>>;

/** A search as a link carries it: `/search/?q=执委&city=jilin&type=news`. */
export interface SearchState {
  query: string;
  filters: ActiveFilters;
}
