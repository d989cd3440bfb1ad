import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { parseStageMarks } from '../../../src/build/timings.ts';
import { searchAssets } from '../../../src/search/core/assets.ts';
import { addArticle, editArticle, type Corpus } from './corpus.ts';
import type { BenchRun, DistFigures, RebuildFigures } from './model.ts';
import { TUNINGS, buildOptions } from '../../../src/build/options.ts';
import { runMeasured, stageFigures, type CommandRun, type StageFigures } from './process-tree.ts';
import { setAside } from './set-aside.ts';

/** The plain recipe's Astro configuration, relative to the project (Astro joins `--config` to its root). */
export const PLAIN_CONFIG = 'scripts/lib/bench/plain/astro.config.mjs';

export interface BenchPaths {
  root: string;
  corpus: Corpus;
  /** Scratch folder for this size: dist, caches, timings. */
  workDir: string;
  /** Where earlier outputs are moved until the benchmark ends (`set-aside.ts`). */
  trashDir: string;
}

function bin(root: string, pkg: string, name?: string): string {
  // Not every package exports its package.json or a main entry: read the installed copy's directly.
  const manifest = join(root, 'node_modules', pkg, 'package.json');
  const { bin: bins } = readJson(manifest) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bins === 'string' ? bins : bins[name ?? pkg]!);
}

function readJson(file: string): { name?: string; bin?: unknown } {
  return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; bin?: unknown };
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    // Anything the build spawns through `#!/usr/bin/env node` must find this Node (24) first.
    PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
    ...extra,
  };
}

export function distFigures(distDir: string): DistFigures {
  let bytes = 0;
  let files = 0;
  let searchIndexBytes = 0;
  let searchIndexFiles = 0;
  for (const file of globSync('**/*', { cwd: distDir })) {
    const stat = statSync(join(distDir, file));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    files += 1;
    if (file.startsWith(`${searchAssets.dir}/`)) {
      searchIndexBytes += stat.size;
      searchIndexFiles += 1;
    }
  }
  return { bytes, files, searchIndexBytes, searchIndexFiles };
}

function failIfFailed(run: CommandRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit code ${run.exitCode}):\n${run.output.slice(-4000)}`);
}

/** Splits one build into its stages by the marks the build wrote. */
function astroStages(run: CommandRun, timingsFile: string): Record<string, StageFigures> {
  const marks = new Map(parseStageMarks(readFileSync(timingsFile, 'utf8')).map((mark) => [mark.stage, mark.at]));
  const at = (stage: string) => {
    const value = marks.get(stage);
    if (value === undefined) throw new Error(`The build wrote no "${stage}" mark to ${timingsFile}`);
    return value;
  };
  const pagesEnd = marks.has('astroExited') ? at('astroExited') : at('rendered');
  const stages: Record<string, StageFigures> = {
    startup: stageFigures(run.samples, run.startedAt, at('start')),
    contentSync: stageFigures(run.samples, at('start'), at('synced')),
    // Until Astro's process has ended where the build marks it: Astro tidies up after its last hook.
    pageRendering: stageFigures(run.samples, at('synced'), pagesEnd),
  };
  if (marks.has('indexed')) stages.searchIndexing = stageFigures(run.samples, pagesEnd, at('indexed'));
  return stages;
}

/**
 * One build of the corpus, measured: the site's own (`scripts/build.ts`, as `npm run build` runs it: pages, then
 * search index) or, for the plain recipe, `astro build` alone.
 */
async function measuredBuild(paths: BenchPaths, distDir: string, recipe: 'site' | 'plain') {
  const timingsFile = join(paths.workDir, `timings-${Date.now()}.jsonl`);
  const program =
    recipe === 'site'
      ? [join(paths.root, 'scripts', 'build.ts')]
      : [bin(paths.root, 'astro'), 'build', '--config', PLAIN_CONFIG];
  const run = await runMeasured(process.execPath, [...program, '--outDir', distDir], {
    cwd: paths.root,
    env: env({
      JINGUO_CONTENT_DIR: paths.corpus.outDir,
      JINGUO_CACHE_DIR: join(paths.workDir, 'astro-cache'),
      JINGUO_TIMINGS_FILE: timingsFile,
    }),
  });
  failIfFailed(run, recipe === 'site' ? 'npm run build' : 'astro build');
  const stages = astroStages(run, timingsFile);
  return { run, stages };
}

/** Moves the last build's output and Astro's cache out of the way (`set-aside.ts`), for a build from cold. */
function clean(paths: BenchPaths, distDir: string): void {
  setAsideOutput(paths, distDir);
  setAside(join(paths.workDir, 'astro-cache'), paths.trashDir);
}

/** The output and the site the build before it replaced, which the next build would otherwise delete while timed. */
function setAsideOutput(paths: BenchPaths, distDir: string): void {
  setAside(distDir, paths.trashDir);
  setAside(`${distDir}.previous`, paths.trashDir);
}

/** What every run of a corpus says about it: its size, kind, seed and the tweaks left off. */
function runOf(corpus: Corpus, run: CommandRun) {
  const off = TUNINGS.filter((name) => !buildOptions.tuning[name]);
  return {
    articles: corpus.articles,
    corpus: corpus.kind,
    ...(corpus.seed === undefined ? {} : { seed: corpus.seed }),
    ...(off.length > 0 ? { tuningOff: off } : {}),
    pages: Number(/(\d+) page\(s\) built in/.exec(run.output)?.[1] ?? 0),
  };
}

/**
 * The site's own build from cold; then, unless `warm` is false, again after editing one article (dist/ and the
 * caches left in place), and "保存到上线" `publishes` times: each time one more article added and the site built
 * with the caches the last build left and dist/ set aside.
 */
export async function benchJinguo(paths: BenchPaths, { warm = true, publishes = 1 } = {}): Promise<BenchRun> {
  const distDir = join(paths.workDir, 'dist-jinguo');
  clean(paths, distDir);
  const cold = await measuredBuild(paths, distDir, 'site');
  const run: BenchRun = {
    ...runOf(paths.corpus, cold.run),
    variant: 'jinguo',
    wallSeconds: cold.run.wallSeconds,
    cpuSeconds: cold.run.cpuSeconds,
    peakMemoryMB: cold.run.peakMemoryMB,
    msPerArticle: (cold.run.wallSeconds * 1000) / paths.corpus.articles,
    stages: cold.stages,
    dist: distFigures(distDir),
  };
  if (!warm) return run;
  editArticle(paths.corpus);
  run.warm = rebuildFigures(await measuredBuild(paths, distDir, 'site'));
  const published: RebuildFigures[] = [];
  for (let number = 1; number <= publishes; number++) {
    addArticle(paths.corpus, number);
    // As the deploy builds: a fresh checkout has neither dist/ nor an older site beside it.
    setAsideOutput(paths, distDir);
    published.push(rebuildFigures(await measuredBuild(paths, distDir, 'site')));
  }
  if (published.length > 0) {
    run.publish = medianRun(published);
    run.publishRuns = published.map(({ wallSeconds }) => wallSeconds);
  }
  return run;
}

/**
 * The run in the middle by wall time: a build's time on a shared machine wanders by a fifth from one run to the
 * next (docs/performance.md). Of an even number, the slower of the middle two.
 */
export function medianRun(runs: readonly RebuildFigures[]): RebuildFigures {
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no runs to take the median of');
  return middle;
}

function rebuildFigures({ run, stages }: { run: CommandRun; stages: Record<string, StageFigures> }): RebuildFigures {
  return { wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakMemoryMB: run.peakMemoryMB, stages };
}

/** The plain recipe on the same corpus and pages: `astro build`, then `pagefind --site dist`. */
export async function benchBaseline(paths: BenchPaths): Promise<BenchRun> {
  const distDir = join(paths.workDir, 'dist-baseline');
  clean(paths, distDir);
  const build = await measuredBuild(paths, distDir, 'plain');
  const pagefind = await runMeasured(process.execPath, [bin(paths.root, 'pagefind'), '--site', distDir], {
    cwd: paths.root,
    env: env({}),
  });
  failIfFailed(pagefind, 'pagefind --site dist');
  if (!existsSync(join(distDir, 'pagefind'))) throw new Error('pagefind wrote no index');
  const wallSeconds = build.run.wallSeconds + pagefind.wallSeconds;
  return {
    ...runOf(paths.corpus, build.run),
    variant: 'baseline',
    wallSeconds,
    cpuSeconds: build.run.cpuSeconds + pagefind.cpuSeconds,
    peakMemoryMB: Math.max(build.run.peakMemoryMB, pagefind.peakMemoryMB),
    msPerArticle: (wallSeconds * 1000) / paths.corpus.articles,
    stages: {
      ...build.stages,
      searchIndexing: {
        wallSeconds: pagefind.wallSeconds,
        cpuSeconds: pagefind.cpuSeconds,
        peakMemoryMB: pagefind.peakMemoryMB,
      },
    },
    dist: distFigures(distDir),
  };
}
