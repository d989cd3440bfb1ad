import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { USAGE, parseBenchArgs } from './lib/bench/args.ts';
import { runBenchmark } from './lib/bench/benchmark.ts';
import { budgetLine } from './lib/bench/report.ts';

// npm run bench -- [options]: see docs/performance.md and `scripts/lib/bench/`.
let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

try {
  const root = join(import.meta.dirname, '..');
  const { runs, report } = await runBenchmark(options, {
    root,
    workDir: options.work ?? join(root, 'bench', '.work'),
    log: (line) => console.log(line),
  });
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${stamp}.json`), `${JSON.stringify(runs, null, 2)}\n`);
  writeFileSync(join(resultsDir, `${stamp}.md`), `# Benchmark ${stamp}\n\n${report}\n`);
  console.log(`\n${report}\n\nbench/results/${stamp}.json`);
  if (budgetLine(runs)?.ok === false) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exitCode = 1;
}
