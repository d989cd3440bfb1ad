import { describe, expect, it } from 'vitest';
import { medianRun } from '../../../scripts/lib/bench/builds.ts';
import type { RebuildFigures } from '../../../scripts/lib/bench/model.ts';

const run = (wallSeconds: number): RebuildFigures => ({ wallSeconds, cpuSeconds: 1, peakMemoryMB: 1, stages: {} });

describe('medianRun', () => {
  it('reports the run in the middle by wall time, whatever order they ran in', () => {
    expect(medianRun([run(44), run(31), run(38)]).wallSeconds).toBe(38);
    expect(medianRun([run(31), run(38), run(44)]).wallSeconds).toBe(38);
  });

  it('takes the slower of the middle two of an even number, and the only run of one', () => {
    expect(medianRun([run(40), run(30), run(35), run(45)]).wallSeconds).toBe(40);
    expect(medianRun([run(36)]).wallSeconds).toBe(36);
  });

  it('keeps the chosen run whole, its stages with it', () => {
    const middle = { ...run(38), stages: { searchIndexing: { wallSeconds: 4, cpuSeconds: 5, peakMemoryMB: 9 } } };
    expect(medianRun([run(31), middle, run(44)])).toBe(middle);
  });

  it('refuses no runs', () => {
    expect(() => medianRun([])).toThrow('no runs');
  });
});
