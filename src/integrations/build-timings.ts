import type { AstroIntegration } from 'astro';
import { markStage } from '../lib/build-timings.ts';

/**
 * Marks where Astro's own build stages end, for `npm run bench`: content sync
 * runs between config setup and `astro:build:start`, page rendering between
 * that and `astro:build:done`. The search index is built after Astro has
 * exited, and marked by `scripts/lib/site-build.ts`.
 */
export function buildTimings(): AstroIntegration {
  return {
    name: 'jinguo:build-timings',
    hooks: {
      'astro:config:setup': () => markStage('start'),
      'astro:build:start': () => markStage('synced'),
      'astro:build:done': () => markStage('rendered'),
    },
  };
}
