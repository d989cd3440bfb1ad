import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmark } from './lib/bench/scale/benchmark.ts';

const usage = 'npm run bench -- --articles 1000,5000,10000 [--baseline] [--seed N] [--work DIR]';

try {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      baseline: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20241121' },
      work: { type: 'string' },
    },
  });
  const sizes = values.articles.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--articles: ${values.articles}`);
  const root = join(import.meta.dirname, '..');
  const { runs, table } = await runBenchmark({
    root,
    sizes,
    baseline: values.baseline,
    seed: Number(values.seed),
    workDir: values.work ?? join(root, 'bench', '.work'),
    log: (line) => console.log(line),
  });
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${stamp}.json`), `${JSON.stringify(runs, null, 2)}\n`);
  writeFileSync(join(resultsDir, `${stamp}.md`), `${table}\n`);
  console.log(`\n${table}\n\nbench/results/${stamp}.json`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`usage: ${usage}`);
  process.exitCode = 1;
}
