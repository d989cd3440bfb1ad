import { join, relative } from 'node:path';
import { todayInShanghai } from '../src/lib/dates.ts';
import { projectRoot } from './lib/astro-cli.ts';
import { parseBenchArgs } from './lib/bench/args.ts';
import { runBench } from './lib/bench/bench.ts';

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const { table, budget, files } = await runBench(options, {
  workDir: join(projectRoot, 'bench/out'),
  resultsDir: join(projectRoot, 'bench/results'),
  date: todayInShanghai(),
  log: console.log,
});
console.log(`\n${table}\n\n${budget.line}\nWritten: ${files.map((file) => relative(projectRoot, file)).join(', ')}`);
if (!budget.ok) process.exitCode = 1;
