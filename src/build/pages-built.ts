import type { AstroIntegration } from 'astro';

/** The message Astro's process sends its parent once every page is written. */
export const PAGES_BUILT = 'jinguo:pages-built';

/**
 * Tells the build script that started Astro (`scripts/lib/site-build.ts`,
 * over the IPC channel it opens) that every page is written, so that it
 * reads the pages for the search index while Astro writes its redirect
 * pages and sitemap, which take 1–6 s at 10,000 articles. Listed before
 * the integrations that write those; none of them writes a page that holds
 * a search record. Without a parent listening, it does nothing.
 */
export function pagesBuilt(): AstroIntegration {
  return {
    name: 'jinguo:pages-built',
    hooks: {
      // Waits until the message is on its way: the hooks after this one work synchronously and would hold it back.
      'astro:build:done': () =>
        new Promise<void>((sent) => {
          if (!process.send) return sent();
          process.send(PAGES_BUILT, undefined, {}, () => sent());
        }),
    },
  };
}
