import { filterKeys, type ActiveFilters, type SearchState } from '../model.ts';

/** Reads a search from a URL's query string; empty values are no filter. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: ActiveFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/**
 * The link to a search from the search page's path (`paths.search()`, handed
 * over by the page: the browser bundle stays free of the slug library), in a
 * fixed parameter order so that the same search is always the same URL.
 */
export function searchHref(base: string, { query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
