// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { contentGuard } from './src/build/content-guard/integration.ts';
import { siteGuard } from './src/build/site-guard.ts';
import { buildTimings } from './src/build/timings.ts';
import { pagesBuilt } from './src/build/pages-built.ts';
import { leanHeap } from './src/build/tuning/lean-heap.ts';
import { storeFromFile } from './src/build/tuning/store-from-file.ts';
import { shardsRendered } from './src/build/shards-rendered.ts';
import { site } from './src/config/site.ts';
import { buildOptions } from './src/build/options.ts';
import { safeMarkdownProcessor } from './src/safety/processor.ts';
import { astroCsp } from './src/safety/csp.ts';
import { bootScript } from './src/lib/reading-settings.ts';

const plainBuild = buildOptions.recipe === 'plain';
const { tuning } = buildOptions;

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Several pages at once, so that file writes overlap rendering: at 10,000 articles 12 rendered in 38.0 and 43.4 s
  // where 4 took 43.9 and 46.6 s (alternating builds), at the same memory (docs/performance.md).
  build: { format: 'directory', ...(plainBuild ? {} : { concurrency: 12 }) },
  integrations: [
    ...(tuning['lean-heap'] ? [leanHeap()] : []),
    ...(tuning['store-from-file'] ? [storeFromFile()] : []),
    ...(plainBuild ? [] : [shardsRendered()]),
    buildTimings(),
    pagesBuilt(),
    contentGuard(),
    siteGuard(),
    mdx(),
    // The 404 page is served for missing paths, never as a page of its own.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The benchmark's corpora and builds (100,000+ files) and the tests' builds are no source: watching them in dev
    // ran out of the system's file watchers.
    server: { watch: { ignored: ['**/bench/.work/**', '**/tests/.tmp/**'] } },
  },
  // Every body, Markdown and MDX, is cut down to the allowlist of src/safety/ as it is rendered.
  markdown: {
    processor: safeMarkdownProcessor({ embedHosts: site.embedHosts, contentRoot: resolve(buildOptions.contentDir) }),
    // Shiki colours code with inline styles, which the allowlist removes and the CSP would refuse; articles have no code.
    syntaxHighlight: false,
  },
  // A Content-Security-Policy <meta> on every page: the second line of defence behind the allowlist.
  security: { csp: astroCsp({ embedHosts: site.embedHosts, inlineScripts: [bootScript()] }) },
  devToolbar: { enabled: false },
  // A rebuild copies every page whose code and props (its `cacheKey`, src/lib/cache-key.ts) are unchanged.
  experimental: { incrementalBuild: !plainBuild },
  cacheDir: buildOptions.cacheDir,
});
