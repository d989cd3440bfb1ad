import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editArticle, generateCorpus, type Corpus } from '../../../../scripts/lib/bench/scale/corpus.ts';
import { processTree, runMeasured, stageFigures } from '../../../../scripts/lib/bench/scale/process-tree.ts';
import { formatTable } from '../../../../scripts/lib/bench/scale/report.ts';
import type { BenchRun } from '../../../../scripts/lib/bench/scale/run.ts';
import { projectRoot } from '../../../../scripts/lib/astro-cli.ts';

let work: string;
let corpus: Corpus;
const generate = (name: string, seed = 7) =>
  generateCorpus({ sourceDir: join(projectRoot, 'content'), outDir: join(work, name), articles: 40, seed });
const files = (dir: string) =>
  globSync('news/**/*.md', { cwd: dir })
    .sort()
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  corpus = generate('a');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateCorpus', () => {
  it('writes the asked number of articles in year folders, beside the sample’s cities', () => {
    expect(corpus.newsFiles).toHaveLength(40);
    expect(corpus.newsFiles.every((file) => /^news\/\d{4}\/[a-z0-9-]+\.md$/.test(file))).toBe(true);
    expect(globSync('cities/*.md', { cwd: corpus.outDir }).length).toBeGreaterThan(0);
    expect(corpus.bytes).toBeGreaterThan(40 * 8_000);
  });

  it('gives the same corpus for the same seed, byte for byte, and another for another seed', () => {
    expect(files(generate('b').outDir)).toEqual(files(corpus.outDir));
    expect(files(generate('c', 8).outDir)).not.toEqual(files(corpus.outDir));
  });

  it('edits one article for the warm rebuild, and nothing else', () => {
    const copy = generate('d');
    const before = files(copy.outDir);
    const edited = editArticle(copy, 3);
    const after = files(copy.outDir);
    const changed = after.filter(([file, text], index) => before[index]![0] !== file || before[index]![1] !== text);
    expect(changed.map(([file]) => join(copy.outDir, file!))).toEqual([edited]);
  });
});

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

describe('formatTable', () => {
  const stage = (wallSeconds: number) => ({ wallSeconds, cpuSeconds: wallSeconds, peakMemoryMB: 1000 });
  const dist = { bytes: 1, files: 1, searchIndexBytes: 1, searchIndexFiles: 1 };
  const runs: BenchRun[] = [
    {
      articles: 100,
      variant: 'baseline',
      wallSeconds: 200,
      cpuSeconds: 200,
      peakMemoryMB: 8000,
      msPerArticle: 2000,
      stages: { searchIndexing: stage(100) },
      dist,
    },
    {
      articles: 100,
      variant: 'jinguo',
      wallSeconds: 100,
      cpuSeconds: 150,
      peakMemoryMB: 2000,
      msPerArticle: 1000,
      stages: { searchIndexing: stage(50) },
      dist,
      warm: { wallSeconds: 40, cpuSeconds: 40, peakMemoryMB: 1500, stages: { searchIndexing: stage(5) } },
    },
  ];

  it('states each goal against the baseline of the same size, and whether it is met', () => {
    const table = formatTable(runs);
    expect(table).toContain('wall 0.500× baseline (goal ≤ 0.5×: met)');
    expect(table).toContain('peak memory 0.250× baseline (goal ≤ 0.25×: met)');
    expect(table).toContain('search indexing 10.0% of cold (goal ≤ 20%: met)');
    expect(table).toContain('whole rebuild 40.0% of cold (goal ≤ 60%: met)');
  });

  it('judges a figure just over its goal as not met, though it rounds to the goal', () => {
    const [baseline, site] = runs as [BenchRun, BenchRun];
    const table = formatTable([baseline, { ...site, wallSeconds: 100.4, peakMemoryMB: 2001 }]);
    expect(table).toContain('wall 0.502× baseline (goal ≤ 0.5×: not met)');
    expect(table).toContain('peak memory 0.250× baseline (goal ≤ 0.25×: not met)');
  });
});
