import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./support/growing-factor.ts', import.meta.url));

/** The factors V8 says it grew the heap by, in a fresh Node where `keepHeapLean(percent)` ran. */
function growingFactors(percent: number, env: Record<string, string> = {}): string[] {
  const run = spawnSync(process.execPath, ['--expose-gc', '--trace-gc-verbose', probe, String(percent)], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.status).toBe(0);
  return [...run.stdout.matchAll(/\[HeapController\] factor ([\d.]+) based on/g)].map((match) => match[1]!);
}

describe('keepHeapLean', () => {
  // V8 documents no promise that a flag set while the program runs is read; its own trace shows whether it was.
  it('makes V8 grow the heap by the factor asked for, in the Node the build runs on', () => {
    const factors = growingFactors(37);
    expect(factors.length).toBeGreaterThan(0);
    expect(new Set(factors)).toEqual(new Set(['1.4']));
  });

  it('leaves V8 to its own factors when the tweak is off', () => {
    expect(growingFactors(37, { JINGUO_TUNING_OFF: 'lean-heap' })).not.toEqual(expect.arrayContaining(['1.4']));
  });
});
