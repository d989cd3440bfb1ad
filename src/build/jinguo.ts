import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cmsAdmin } from '../cms/integration.ts';
import { contentGuard } from './content-guard/integration.ts';
import { manifestCommit } from './manifest-commit.ts';
import { buildOptions, type BuildOptions } from './options.ts';
import { searchInAstro } from './search/in-astro.ts';
import { pagesBuilt } from './search/pages-built.ts';
import { shardsRendered } from './search/shards-rendered.ts';
import { siteGuard } from './site-guard.ts';
import { buildTimings } from './timings.ts';
import { leanHeap } from './tuning/lean-heap.ts';
import { storeFromFile } from './tuning/store-from-file.ts';

/**
 * Sitemap entries: the 404 page is served for missing paths, never as a page of its own; the editor at /admin/ is
 * no page for readers.
 */
export const sitemapFilter = (page: string): boolean => !/^\/(?:404|admin\/)/.test(new URL(page).pathname);

/**
 * The site's build as one Astro integration, configured by one options
 * object (`options.ts`, read from the environment once). It adds the parts
 * in the order their hooks must run:
 *
 * - the tweaks of other libraries' internals that are on (`tuning/`), first,
 *   so that the lean heap covers everything after;
 * - the search index's messengers (`search/`): each year of news written,
 *   then every page written, before the integrations that write redirect
 *   pages and the sitemap, so that the build script reads the pages meanwhile;
 * - stage timings for the benchmark;
 * - the content guard (checks, URL manifest, redirects) and the site-settings
 *   guard, which stop a build with a list of `file:line: field: message`;
 * - MDX, the editor at /admin/ (`src/cms/`) and the sitemap;
 * - the search index, unless `npm run build` builds it after Astro;
 * - last, the URL manifest's draft made `content/urls.jsonl` once all of
 *   that has succeeded, unless `npm run build` does it after the search
 *   index and `dist/` are in place.
 */
export function jinguo(options: BuildOptions = buildOptions): AstroIntegration {
  const { tuning } = options;
  return {
    name: 'jinguo',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          integrations: [
            ...(tuning['lean-heap'] ? [leanHeap()] : []),
            ...(tuning['store-from-file'] ? [storeFromFile()] : []),
            shardsRendered(),
            buildTimings(),
            pagesBuilt(),
            contentGuard(),
            siteGuard(),
            mdx(),
            cmsAdmin(),
            sitemap({ filter: sitemapFilter }),
            searchInAstro(options.search),
            manifestCommit(options),
          ],
        });
      },
    },
  };
}
