import { appendFileSync } from 'node:fs';

/**
 * Notes the moment a build stage ends, for the benchmark: one JSON line per
 * mark in the file JINGUO_TIMINGS_FILE names. Without it, nothing is written.
 */
export function markStage(stage: string, at = Date.now()): void {
  const file = process.env.JINGUO_TIMINGS_FILE;
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
