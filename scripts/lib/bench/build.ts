import { spawn } from 'node:child_process';
import { buildInvocation, siteBuild, type SiteBuild } from '../astro-cli.ts';
import { watchPeakMemory } from './memory.ts';

export interface BuildFigures {
  wallSeconds: number;
  /** Largest resident memory of the build and everything it started; undefined where it cannot be read. */
  peakMemoryMB: number | undefined;
  /** Pages Astro reports it built. */
  pages: number;
  output: string;
}

/** Runs one production build of a content folder and measures it; throws with Astro's output if it fails. */
export async function measureBuild(site: SiteBuild): Promise<BuildFigures> {
  const { args, env } = siteBuild(site);
  const { command, args: argv, env: fullEnv, cwd } = buildInvocation(args, env);
  const started = performance.now();
  const child = spawn(command, argv, { cwd, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = watchPeakMemory(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const peakMemoryMB = memory.stop();
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`Building ${site.contentDir} failed (exit code ${code}):\n${output.trim()}`);
  return { wallSeconds, peakMemoryMB, pages: builtPages(output), output };
}

/** The page count from Astro's closing line, `1491 page(s) built in 29.82s`. */
export function builtPages(output: string): number {
  return Number(/(\d+) page\(s\) built in/.exec(output)?.[1] ?? 0);
}
