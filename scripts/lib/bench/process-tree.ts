import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux this runs on. */
const TICKS = 100;
const PAGE_BYTES = 4096;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in ticks. */
  cpuTicks: number;
  rssBytes: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      cpuTicks: Number(fields[11]) + Number(fields[12]),
      rssBytes: Number(fields[21]) * PAGE_BYTES,
    };
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

/** Every live process under `root`, itself included. */
export function processTree(root: number): ProcStat[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readStat(Number(name)) ?? []);
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const queue = all.filter((stat) => stat.pid === root);
  while (queue.length > 0) {
    const stat = queue.shift()!;
    tree.push(stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/** One look at the process tree: when, how much memory it held, how much CPU it had used so far. */
export interface Sample {
  at: number;
  rssMB: number;
  cpuSeconds: number;
}

export interface CommandRun {
  command: string;
  exitCode: number | null;
  startedAt: number;
  endedAt: number;
  wallSeconds: number;
  /** User + system time of the whole process tree, from the kernel's accounting of reaped children. */
  cpuSeconds: number;
  peakMemoryMB: number;
  samples: Sample[];
  output: string;
}

/** utime+stime of this process's reaped children, in seconds. */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

/**
 * Runs a command and watches its process tree every `intervalMs`: peak
 * memory is the largest sum of resident memory over the tree at one
 * moment, CPU time is what the kernel charged the tree once it was reaped.
 */
export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<CommandRun> {
  const cpuBefore = childrenCpuSeconds();
  const startedAt = Date.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const samples: Sample[] = [];
  // CPU of processes that have ended stays counted: each pid keeps the last figure seen.
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    for (const stat of tree) cpuByPid.set(stat.pid, stat.cpuTicks);
    const ticks = [...cpuByPid.values()].reduce((sum, value) => sum + value, 0);
    const rss = tree.reduce((sum, stat) => sum + stat.rssBytes, 0);
    samples.push({ at: Date.now(), rssMB: rss / 2 ** 20, cpuSeconds: ticks / TICKS });
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  clearInterval(timer);
  const endedAt = Date.now();
  const cpuSeconds = childrenCpuSeconds() - cpuBefore;
  samples.push({ at: endedAt, rssMB: 0, cpuSeconds });
  return {
    command: [command, ...args].join(' '),
    exitCode,
    startedAt,
    endedAt,
    wallSeconds: (endedAt - startedAt) / 1000,
    cpuSeconds,
    peakMemoryMB: Math.max(0, ...samples.map((s) => s.rssMB)),
    samples,
    output,
  };
}

export interface StageFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMB: number;
}

/** Wall time, CPU time and peak memory of the part of a run between two moments. */
export function stageFigures(samples: Sample[], from: number, to: number): StageFigures {
  const inside = samples.filter((s) => s.at >= from && s.at <= to);
  const before = samples.filter((s) => s.at < from).at(-1);
  const last = inside.at(-1) ?? before;
  return {
    wallSeconds: (to - from) / 1000,
    cpuSeconds: Math.max(0, (last?.cpuSeconds ?? 0) - (before?.cpuSeconds ?? 0)),
    peakMemoryMB: Math.max(0, ...inside.map((s) => s.rssMB)),
  };
}
