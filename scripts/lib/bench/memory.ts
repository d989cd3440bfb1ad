import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of a process and everything it starts (Astro's Node, Vite's
 * workers, the Pagefind binary), read from Linux's /proc: the largest sum of
 * resident memory seen across the process tree. Elsewhere there is no /proc
 * and the peak is reported as undefined rather than guessed.
 */

/** Resident memory in kB from the text of /proc/<pid>/status. */
export function residentKb(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) : 0;
}

/** The parent pid from the text of /proc/<pid>/stat; the command name may hold spaces and parentheses. */
export function parentPid(stat: string): number {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(afterName[1]);
}

/** The pids of `root` and all its descendants, given each process's parent. */
export function processTree(root: number, parents: Map<number, number>): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Resident memory of a process tree now, in kB; undefined without /proc. */
export function treeResidentKb(root: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const parents = new Map<number, number>();
  for (const pid of pids) {
    const stat = read(`/proc/${pid}/stat`);
    if (stat) parents.set(Number(pid), parentPid(stat));
  }
  return processTree(root, parents).reduce((sum, pid) => sum + residentKb(read(`/proc/${pid}/status`) ?? ''), 0);
}

/** Samples a process tree until stopped; `stop()` gives the peak in MB. */
export function watchPeakMemory(root: number, everyMs = 100): { stop: () => number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const now = treeResidentKb(root);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak === undefined ? undefined : Math.round(peak / 1024);
    },
  };
}
