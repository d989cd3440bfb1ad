// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentGuard } from './src/integrations/content-guard.ts';
import { siteGuard } from './src/integrations/site-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { site } from './src/config/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // JINGUO_SEARCH=off builds the pages alone: the benchmark's baseline indexes them with the Pagefind CLI instead.
  integrations: [
    buildTimings(),
    contentGuard(),
    siteGuard(),
    mdx(),
    // The 404 page is served for missing paths, never as a page of its own.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') }),
    ...(process.env.JINGUO_SEARCH === 'off' ? [] : [searchIndex()]),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // A build of another content folder (tests, benchmark) keeps its own content cache.
  ...(process.env.JINGUO_CACHE_DIR ? { cacheDir: process.env.JINGUO_CACHE_DIR } : {}),
});
