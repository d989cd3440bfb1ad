import { describe, expect, it } from 'vitest';
import { parentPid, processTree, residentKb, treeResidentKb } from '../../../scripts/lib/bench/memory.ts';

describe('reading /proc', () => {
  it('reads resident memory from a status file', () => {
    expect(residentKb('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  123456 kB\nThreads:\t7\n')).toBe(123456);
    expect(residentKb('Name:\tkthreadd\n')).toBe(0);
  });

  it('reads the parent from a stat line, whatever the command name holds', () => {
    expect(parentPid('4242 (node) S 4200 4242 1 0 -1')).toBe(4200);
    expect(parentPid('77 (my (odd) name) R 12 77 1 0')).toBe(12);
  });

  it('finds every descendant of a process', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [6, 9],
    ]);
    expect(processTree(2, parents).sort()).toEqual([2, 3, 4]);
  });

  it('measures this very process where /proc exists', () => {
    const kb = treeResidentKb(process.pid);
    if (process.platform === 'linux') expect(kb).toBeGreaterThan(10_000);
    else expect(kb).toBeUndefined();
  });
});
