import type { AstroIntegration } from 'astro';
import { keepHeapLean } from '../lib/lean-heap.ts';

/** Keeps the build's heap near its live data (see `lib/lean-heap.ts`); listed first, so the content checks are covered. */
export function leanHeap(): AstroIntegration {
  return {
    name: 'jinguo:lean-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') keepHeapLean();
      },
    },
  };
}
