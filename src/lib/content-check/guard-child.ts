import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GuardReport } from './guard-report.ts';

const entry = fileURLToPath(new URL('./guard-process.ts', import.meta.url));

/**
 * The content checks, run in a process of their own. Parsing every body
 * leaves native memory behind in the process that parsed it: satteri's
 * parse results are freed only once the event loop turns, after the
 * synchronous checks, and the allocator keeps the pages: 630 MB at 10,000
 * articles, of which Astro's process still held 260 MB while it rendered,
 * to the end of the build. A child's memory goes back when it exits.
 */
export function guardReportInChild(root: string, now: Date): GuardReport {
  const output = execFileSync(process.execPath, [entry, root, now.toISOString()], {
    encoding: 'utf8',
    maxBuffer: 2 ** 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as GuardReport;
}
