import { spawn } from 'node:child_process';
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
 *
 * The child works on the other core while this process goes on (a build
 * loads its content meanwhile: see `checked-loader.ts`). What it prints
 * on stderr (a crash) passes straight through, as it happens.
 */
export function guardReportInChild(root: string, now: Date): Promise<GuardReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, root, now.toISOString()], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GuardReport);
      else reject(new Error(`内容检查没能运行完(退出码 ${code})`));
    });
  });
}
