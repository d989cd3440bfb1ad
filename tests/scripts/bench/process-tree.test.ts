import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTree, runMeasured, stageFigures } from '../../../scripts/lib/bench/process-tree.ts';

let work: string;
beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'bench-process-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('process measurement', () => {
  it('finds this process in its own tree', () => {
    expect(processTree(process.pid).map((stat) => stat.pid)).toContain(process.pid);
  });

  it('runs a command to its end and samples its memory on the way', async () => {
    const run = await runMeasured(
      process.execPath,
      ['-e', 'const keep = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => keep.length, 400);'],
      { cwd: work, env: process.env, intervalMs: 20 },
    );
    expect(run.exitCode).toBe(0);
    expect(run.samples.length).toBeGreaterThan(2);
    // The child touched 64 MB; resident memory is at least that while it sleeps.
    expect(run.peakMemoryMB).toBeGreaterThan(60);
  });

  it('cuts a stage out of the samples: its span, the CPU spent inside it and its largest memory', () => {
    const samples = [
      { at: 0, rssMB: 100, cpuSeconds: 0 },
      { at: 1000, rssMB: 300, cpuSeconds: 0.5 },
      { at: 2000, rssMB: 200, cpuSeconds: 1.5 },
      { at: 3000, rssMB: 900, cpuSeconds: 2 },
    ];
    expect(stageFigures(samples, 500, 2500)).toEqual({ wallSeconds: 2, cpuSeconds: 1.5, peakMemoryMB: 300 });
  });
});
