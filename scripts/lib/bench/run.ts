import { globSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../astro-cli.ts';
import { measureBuild } from './build.ts';
import { writeCorpus } from './corpus.ts';
import { medianFigures, type BenchRun } from './report.ts';
import { measureSearch, type SearchFigures } from './search.ts';

/** A site to measure: the bundled sample, or one generated from it. */
export type Corpus = { kind: 'sample' } | { kind: 'generated'; articles: number; seed: number };

export interface RunOptions {
  /** Where corpora and builds go; outside content/ (and ignored by git). */
  workDir: string;
  query: string;
  secondQuery: string;
  repeat: number;
  /** Progress lines for the terminal. */
  log?: (line: string) => void;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** One run: makes the corpus if it is generated, builds it once, and measures searching it. */
export async function measureRun(corpus: Corpus, options: RunOptions): Promise<BenchRun> {
  const log = options.log ?? (() => {});
  const stages: BenchRun['stages'] = {};
  const name = corpus.kind === 'sample' ? 'sample' : `${corpus.articles}-seed-${corpus.seed}`;
  let contentDir = join(projectRoot, 'content');
  if (corpus.kind === 'generated') {
    contentDir = join(options.workDir, `corpus-${name}`);
    const started = performance.now();
    writeCorpus(join(projectRoot, 'content'), contentDir, corpus);
    stages.generate = { seconds: seconds(started) };
    log(`  generated ${corpus.articles} articles in ${stages.generate.seconds.toFixed(1)} s`);
  }
  const articles = globSync('news/**/*.{md,mdx}', { cwd: contentDir }).length;

  const outDir = join(options.workDir, `dist-${name}`);
  log(`  building ${contentDir} …`);
  const build = await measureBuild({ contentDir, outDir });
  stages.build = { seconds: build.wallSeconds, peakMemoryMB: build.peakMemoryMB ?? null };
  log(`  built ${build.pages} pages in ${build.wallSeconds.toFixed(1)} s`);

  const started = performance.now();
  const samples: SearchFigures[] = [];
  for (let i = 0; i < options.repeat; i++) {
    samples.push(await measureSearch(outDir, { query: options.query, secondQuery: options.secondQuery }));
  }
  stages.search = { seconds: seconds(started) };

  return {
    articles,
    corpus: corpus.kind,
    ...(corpus.kind === 'generated' ? { seed: corpus.seed } : {}),
    variant: 'jinguo',
    pages: build.pages,
    wallSeconds: Number(build.wallSeconds.toFixed(2)),
    peakMemoryMB: build.peakMemoryMB ?? null,
    stages: Object.fromEntries(
      Object.entries(stages).map(([stage, figures]) => [
        stage,
        { ...figures, seconds: Number(figures.seconds.toFixed(2)) },
      ]),
    ),
    search: medianFigures(samples),
  };
}
