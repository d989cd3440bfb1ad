/**
 * Lighthouse on the built site, mobile profile, in the same Chromium as the
 * browser tests: prints four scores per page and writes the full reports
 * under reports/lighthouse/.
 *
 *   npm run build && npm run audit [-- --runs 3] [-- dist-dir]
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { CHROMIUM_ARGS } from '../tests/browser/support/browser.ts';
import { serveStatic } from '../tests/browser/support/static-server.ts';
import { chromiumPath } from './lib/browser.ts';
import {
  auditPages,
  CATEGORIES,
  formatTable,
  missedGoals,
  reportName,
  scoresOf,
  type AuditRow,
  type LighthouseResult,
} from './lib/audit.ts';
import { formatKb, pageWeight } from './lib/page-weight.ts';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
const dist = resolve(positionals[0] ?? 'dist');
const reports = resolve('reports/lighthouse');

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`audit: no built site in ${dist}. Run \`npm run build\` first.`);
    return 1;
  }
  const pages = auditPages(dist);
  await mkdir(reports, { recursive: true });
  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS] });
  const rows: AuditRow[] = [];
  try {
    for (const page of pages) {
      const results = [];
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(server.url(page.path), {
          port: chrome.port,
          output: ['html', 'json'],
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const error = (result.lhr as unknown as LighthouseResult).runtimeError;
        if (error) throw new Error(`${page.path}: ${error.code} ${error.message}`);
        results.push(result);
        console.log(`audit: ${page.path} run ${run}/${runs}`);
      }
      // A shared machine is noisy: keep the run Lighthouse itself calls the median.
      const median = computeMedianRun(results.map((result) => result.lhr));
      const chosen = results.find((result) => result.lhr === median) ?? results[0]!;
      const [html, json] = chosen.report as string[];
      await writeFile(join(reports, `${reportName(page)}.html`), html!);
      await writeFile(join(reports, `${reportName(page)}.json`), json!);
      rows.push({ page, scores: scoresOf(chosen.lhr as unknown as LighthouseResult) });
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const table = formatTable(rows);
  const article = pages.find((page) => page.name === 'article');
  const weight = article ? pageWeight(dist, article.path) : undefined;
  const weightLine = weight
    ? `article page, gzip: HTML ${formatKb(weight.html)} + CSS ${formatKb(weight.css)} + JS ${formatKb(weight.js)} = ${formatKb(weight.total)} (budget 30.0 KB)`
    : '';
  const heading = `Lighthouse ${lighthousePackage.version}, mobile profile, simulated throttling, median of ${runs} run${runs > 1 ? 's' : ''}`;
  console.log(`\n${heading}\n\n${table}\n`);
  if (weightLine) console.log(weightLine);
  const skipped = ['search'].filter((name) => !pages.some((page) => page.name === name));
  if (skipped.length > 0) console.log(`not audited, no such page in ${dist}: ${skipped.join(', ')}`);
  console.log(`reports: ${reports}/`);
  await writeFile(join(reports, 'summary.txt'), `${heading}\n\n${table}\n\n${weightLine}\n`);

  const missed = missedGoals(rows);
  for (const line of missed) console.error(`below goal: ${line}`);
  return missed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
