import type { AstroIntegration } from 'astro';
import { reportingPrerenderer } from '../search/build/run/rendered-shards.ts';

/**
 * Tells the build script that started Astro (`scripts/lib/site-build.ts`,
 * over the IPC channel it opens) each time the articles of one news shard
 * are rendered, so that it can index that shard on the core Astro's
 * rendering leaves partly idle (`src/search/build/run/index-ahead.ts`). Without a
 * parent listening, Astro's prerenderer is left as it is.
 */
export function shardsRendered(): AstroIntegration {
  return {
    name: 'jinguo:shards-rendered',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const send = process.send?.bind(process);
        if (!send) return;
        setPrerenderer((prerenderer) => reportingPrerenderer(prerenderer, (message) => send(message)));
      },
    },
  };
}
