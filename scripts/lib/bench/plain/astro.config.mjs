// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import site from '../../../../astro.config.mjs';
import { contentGuard } from '../../../../src/build/content-guard/integration.ts';
import { sitemapFilter } from '../../../../src/build/jinguo.ts';
import { siteGuard } from '../../../../src/build/site-guard.ts';
import { buildTimings } from '../../../../src/build/timings.ts';
import { manifestCommit } from '../../../../src/build/manifest-commit.ts';

/**
 * The benchmark's baseline, "the plain recipe" (docs/performance.md): the
 * site's own configuration, pages and content checks, built the way a stock
 * Astro site would be — Astro's defaults (one page at a time, no incremental
 * build), its own `glob` loader keeping Markdown sources, the checks before
 * loading, none of this build's tuning, no search index (the benchmark runs
 * `pagefind --site dist` after it). Used only by `scripts/lib/bench/`, with
 * `astro build --config scripts/lib/bench/plain/astro.config.mjs`.
 */
/** @type {import('astro').AstroUserConfig} */
const plain = {
  ...site,
  build: { format: 'directory' },
  integrations: [
    buildTimings(),
    contentGuard({ checksFirst: true }),
    siteGuard(),
    mdx(),
    sitemap({ filter: sitemapFilter }),
    manifestCommit(),
  ],
  vite: {
    ...site.vite,
    resolve: {
      // `src/content.config.ts` takes its loader from this recipe's module instead of the site's.
      alias: [
        {
          find: /^.*\/build\/content-loader\.ts$/,
          replacement: fileURLToPath(new URL('./content-loader.ts', import.meta.url)),
        },
      ],
    },
  },
  experimental: {},
};

export default plain;
