import { pagePath } from './urls.ts';

export interface Page<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
  /** Position of the first item on this page, counted from 1. */
  start: number;
  url: { current: string; prev?: string; next?: string; first: string; last: string };
}

export interface PagedRoute<T> {
  /** Value of a `[...page]` rest parameter: undefined for the first page, `page/2` after it. */
  param: string | undefined;
  page: Page<T>;
}

/**
 * Splits a list into pages under `base`. An empty list still gets its first
 * page, so a section with no items yet shows a page that says so, not a 404.
 */
export function paginate<T>(items: readonly T[], base: string, pageSize: number): PagedRoute<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, index) => {
    const current = index + 1;
    const page: Page<T> = {
      items: items.slice(index * pageSize, current * pageSize),
      current,
      last,
      total: items.length,
      start: index * pageSize + 1,
      url: {
        current: pagePath(base, current),
        prev: current > 1 ? pagePath(base, current - 1) : undefined,
        next: current < last ? pagePath(base, current + 1) : undefined,
        first: pagePath(base, 1),
        last: pagePath(base, last),
      },
    };
    return { param: current === 1 ? undefined : `page/${current}`, page };
  });
}

/** `getStaticPaths` entries for a `[...page]` route whose only prop is its page. */
export function pageRoutes<T>(routes: PagedRoute<T>[]) {
  return routes.map(({ param, page }) => ({ params: { page: param }, props: { page } }));
}
