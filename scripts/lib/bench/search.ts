import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

/** The figures of one search measurement, in bytes and milliseconds. */
export interface SearchFigures {
  query: string;
  secondQuery: string;
  /** Bytes over the wire (gzip where a host compresses) from opening /search/?q=… to results and filter counts. */
  firstSearchBytes: number;
  /** Bytes over the wire for a second query typed on the same page, to its results and counts. */
  secondSearchBytes: number;
  /** Milliseconds from opening /search/?q=… to the results on screen. */
  timeToResultsMs: number;
  /** Milliseconds from submitting the second query to its results on screen. */
  secondTimeToResultsMs: number;
  /** The first search's bytes by what they are for. */
  firstSearchBytesByKind: Record<TransferKind, number>;
  requests: { first: number; second: number };
  /**
   * Pressing 显示更多结果 once after the first search: the requests and bytes it took to show the next batch
   * (absent when the first search found too few results for the button).
   */
  more?: { requests: number; bytes: number };
  /** How many results each query found, so a run that found nothing is not mistaken for a fast one. */
  results: { first: number; second: number };
}

export type TransferKind = 'page' | 'searchCode' | 'index' | 'results';

/**
 * What a request is for: the page itself (its HTML, styles, pictures), the
 * page's script (the search code), the index, or what the shown results
 * display (their records: heads and texts).
 */
export function transferKind(url: string): TransferKind {
  const { pathname } = new URL(url);
  if (/^\/search-index\/[0-9a-f]+\/records\//.test(pathname)) return 'results';
  if (pathname.startsWith('/search-index/')) return 'index';
  if (/^\/_astro\/.*\.js$/.test(pathname)) return 'searchCode';
  return 'page';
}

interface Transfer {
  url: string;
  bytes: number;
}

/** Records every finished request of a browser context with its size over the wire (headers and body). */
function recordTransfers(context: BrowserContext): Transfer[] {
  const transfers: Transfer[] = [];
  context.on('requestfinished', (request: Request) => {
    void request.sizes().then((sizes) => {
      transfers.push({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize });
    });
  });
  return transfers;
}

/** Waits until the search page has shown results for `query` and filled in the filter counts (if any results). */
async function searchDone(page: Page, query: string, marks: number): Promise<number> {
  await page.waitForFunction(
    ({ query, marks }) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const busy = document.getElementById('search')?.hasAttribute('aria-busy');
      const done = performance.getEntriesByName('jinguo:search-results').length >= marks;
      const counted = !(document.getElementById('search-filters') as HTMLFieldSetElement | null)?.hidden;
      const none = status.startsWith('没有找到');
      return status.includes(`“${query}”`) && !busy && done && (counted || none);
    },
    { query, marks },
    { timeout: 120_000 },
  );
  return Number(/找到 (\d+) 条/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
}

/** Lets requests already on their way finish and be counted. */
async function settle(page: Page, transfers: Transfer[]): Promise<void> {
  let seen = -1;
  while (seen !== transfers.length) {
    seen = transfers.length;
    await page.waitForTimeout(300);
  }
}

const sum = (items: Transfer[]) => items.reduce((total, item) => total + item.bytes, 0);

/** Presses 显示更多结果 once, if shown, and measures what showing the next batch fetched. */
async function pressMore(page: Page, transfers: Transfer[]): Promise<SearchFigures['more']> {
  const more = page.locator('#search-more');
  if (await more.isHidden()) return undefined;
  const before = transfers.length;
  const listed = await page.locator('#search-results > li').count();
  await more.click();
  await page.waitForFunction((listed) => document.querySelectorAll('#search-results > li').length > listed, listed, {
    timeout: 120_000,
  });
  await settle(page, transfers);
  const fetched = transfers.slice(before);
  // Take them out of the first search's figures, which they are no part of.
  transfers.splice(before);
  return { requests: fetched.length, bytes: sum(fetched) };
}

/**
 * Measures a reader's first and second search on a built site, in Chromium
 * with an empty cache, served with gzip as a host would: opening
 * /search/?q=<query>, then typing <secondQuery> into the same page.
 */
export async function measureSearch(
  distDir: string,
  { query, secondQuery }: { query: string; secondQuery: string },
): Promise<SearchFigures> {
  const server = await serveStatic(distDir, { compress: true });
  const launched = await launchBrowser();
  try {
    const context = await launched.browser.newContext({ locale: 'zh-CN' });
    const transfers = recordTransfers(context);
    const page = await context.newPage();

    await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
    const firstResults = await searchDone(page, query, 1);
    await settle(page, transfers);
    const first = [...transfers];
    const timeToResultsMs = await page.evaluate(
      () => performance.getEntriesByName('jinguo:search-results')[0]!.startTime,
    );
    const more = await pressMore(page, transfers);

    await page.locator('#search-query').fill(secondQuery);
    await page.locator('#search-query').press('Enter');
    const secondResults = await searchDone(page, secondQuery, 2);
    await settle(page, transfers);
    const second = transfers.slice(first.length);
    const secondTimeToResultsMs = await page.evaluate(() => {
      const [start] = performance.getEntriesByName('jinguo:search-start').slice(-1);
      const [end] = performance.getEntriesByName('jinguo:search-results').slice(-1);
      return end!.startTime - start!.startTime;
    });

    const byKind: Record<TransferKind, number> = { page: 0, searchCode: 0, index: 0, results: 0 };
    for (const transfer of first) byKind[transferKind(transfer.url)] += transfer.bytes;
    await context.close();
    return {
      query,
      secondQuery,
      firstSearchBytes: sum(first),
      secondSearchBytes: sum(second),
      timeToResultsMs: Math.round(timeToResultsMs),
      secondTimeToResultsMs: Math.round(secondTimeToResultsMs),
      firstSearchBytesByKind: byKind,
      requests: { first: first.length, second: second.length },
      ...(more ? { more } : {}),
      results: { first: firstResults, second: secondResults },
    };
  } finally {
    await launched.close();
    await server.close();
  }
}

/** The median of each figure over repeated measurements of the same search. */
export function medianFigures(samples: SearchFigures[]): SearchFigures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
  };
  const pick = (read: (figures: SearchFigures) => number) => median(samples.map(read));
  if (samples.length === 0) throw new Error('no search measurements to summarise');
  const { more: _more, ...first } = samples[0]!;
  return {
    ...first,
    firstSearchBytes: pick((f) => f.firstSearchBytes),
    secondSearchBytes: pick((f) => f.secondSearchBytes),
    timeToResultsMs: pick((f) => f.timeToResultsMs),
    secondTimeToResultsMs: pick((f) => f.secondTimeToResultsMs),
    firstSearchBytesByKind: {
      page: pick((f) => f.firstSearchBytesByKind.page),
      searchCode: pick((f) => f.firstSearchBytesByKind.searchCode),
      index: pick((f) => f.firstSearchBytesByKind.index),
      results: pick((f) => f.firstSearchBytesByKind.results),
    },
    requests: { first: pick((f) => f.requests.first), second: pick((f) => f.requests.second) },
    ...(samples.every((f) => f.more)
      ? { more: { requests: pick((f) => f.more!.requests), bytes: pick((f) => f.more!.bytes) } }
      : {}),
  };
}
