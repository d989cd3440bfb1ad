import { isoDay } from '../../lib/dates.ts';
import type { RecordKind } from '../model.ts';

/**
 * How a built page tells the search index what to index. The element that
 * holds a page's own content carries `searchRecord(…)`: its first `<h1>` is
 * the title, `<meta name="description">` the summary, `<html lang>` the
 * script, and its text (less anything marked `searchSkip`) the body. Pages
 * without such an element — lists, tag pages, the home page — are not
 * indexed: the entries they list are, each once.
 */
export const RECORD_ATTRIBUTE = 'data-search-record';
export const DATE_ATTRIBUTE = 'data-search-date';
export const PLACE_ATTRIBUTE = 'data-search-place';
export const CITIES_ATTRIBUTE = 'data-search-cities';
export const BRANDS_ATTRIBUTE = 'data-search-brands';
export const SKIP_ATTRIBUTE = 'data-search-skip';
export const NAME_ATTRIBUTE = 'data-search-name';
export const END_ATTRIBUTE = 'data-search-end';

export interface RecordDetails {
  /** Shown with the result, and its year a filter: the publication date of news. */
  date?: Date;
  /** Shown with the result: the city an entry belongs to, or a city's province. */
  place?: string;
  /** City filter: ids of the entry's city and the cities above it (秦州区 is also found under 天水市). */
  cities?: string[];
  /** Brand filter: ids of the brands the entry is, or is about, and their umbrella brands. */
  brands?: string[];
}

/** Attributes for the element that holds a page's searchable content. */
export function searchRecord(
  kind: RecordKind,
  { date, place, cities = [], brands = [] }: RecordDetails = {},
): Record<string, string> {
  return {
    [RECORD_ATTRIBUTE]: kind,
    ...(date ? { [DATE_ATTRIBUTE]: isoDay(date) } : {}),
    ...(place ? { [PLACE_ATTRIBUTE]: place } : {}),
    ...(cities.length > 0 ? { [CITIES_ATTRIBUTE]: cities.join(' ') } : {}),
    ...(brands.length > 0 ? { [BRANDS_ATTRIBUTE]: brands.join(' ') } : {}),
  };
}

/**
 * Attributes for the name of a brand, person or tag a record is filed under
 * (a link to it, inside the record): found by its pinyin and initials too.
 */
export const searchName: Record<string, string> = { [NAME_ATTRIBUTE]: '' };

/** Attributes for a part of a record that is not its content: news lists, cards of other entries, credits. */
export const searchSkip: Record<string, string> = { [SKIP_ATTRIBUTE]: '' };

/**
 * Attributes for the element where what the index reads of a page ends: it
 * and everything after it are neither indexed nor part of the page's
 * fingerprint in the index's cache. Parts that change when other entries are
 * published — links to the neighbouring articles, a profile's news list —
 * go after it, so that publishing one article re-indexes its own page's
 * shard and not its neighbours'. Put it after the last content a record
 * holds: a second record after it is not seen.
 */
export const searchEnd: Record<string, string> = { [END_ATTRIBUTE]: '' };
