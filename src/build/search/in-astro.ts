import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { stopBuild } from '../build-error.ts';
import type { BuildOptions } from '../options.ts';
import { SearchStage } from './stage.ts';

/**
 * Builds the search index at the end of `astro build`, so that Astro alone
 * publishes the whole site, search included. `npm run build` builds it
 * after Astro's process has ended instead (`scripts/lib/site-build.ts`),
 * where the indexer's memory does not come on top of Astro's content store
 * (docs/performance.md); it says so with `stage: 'after-astro'`, and this
 * hook leaves the index to it. Listed last, after every page is written.
 */
export function searchInAstro({ stage, workers }: BuildOptions['search']): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'jinguo:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (stage === 'after-astro') return;
        const search = new SearchStage({ outDir: fileURLToPath(dir), cacheDir, early: false, workers });
        try {
          logger.info(await search.finish());
        } catch (error) {
          // A page marked up so that its search result would show wrongly stops the build, by name.
          const message = error instanceof Error ? error.message : String(error);
          throw stopBuild('搜索索引没有建成', [message], '请按上面的页面修改内容后重新构建。');
        }
      },
    },
  };
}
