import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { buildOptions } from './options.ts';

/**
 * Notes the moment a build stage ends, for the benchmark: one JSON line per
 * mark in the file JINGUO_TIMINGS_FILE names. Without it, nothing is written.
 */
export function markStage(stage: string, at = Date.now()): void {
  const file = buildOptions.timingsFile;
  if (file) appendFileSync(file, `${JSON.stringify({ stage, at })}\n`);
}

export interface StageMark {
  stage: string;
  at: number;
}

/** Reads the marks `markStage` wrote, in the order they were written. */
export function parseStageMarks(text: string): StageMark[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as StageMark);
}

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
