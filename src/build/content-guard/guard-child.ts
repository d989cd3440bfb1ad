import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GuardReport } from './guard-report.ts';

const entry = fileURLToPath(new URL('./guard-process.ts', import.meta.url));

/** The message `npm run build` sends Astro's process with the checks' report, or why there is none. */
export const CHECKS_REPORT = 'jinguo:checks-report';
/** What Astro's process asks for it with, once it listens: a message sent before would be lost. */
export const CHECKS_WANTED = 'jinguo:checks-wanted';

export type ChecksReportMessage = { type: typeof CHECKS_REPORT } & ({ report: GuardReport } | { error: string });

/**
 * The report of the checks `npm run build` started before Astro, as it
 * sends it over the IPC channel (`scripts/lib/site-build.ts`). The listener
 * goes once the report is in, so the channel does not keep Astro's process
 * alive after its build.
 */
export function guardReportFromParent(): Promise<GuardReport> {
  return new Promise((resolve, reject) => {
    const listen = (message: unknown) => {
      const answer = message as Partial<ChecksReportMessage> | undefined;
      if (answer?.type !== CHECKS_REPORT) return;
      process.off('message', listen);
      if ('report' in answer && answer.report) resolve(answer.report);
      else reject(new Error('error' in answer ? answer.error : '内容检查没能运行完'));
    };
    process.on('message', listen);
    process.send?.(CHECKS_WANTED);
  });
}

/**
 * The content checks, run in a process of their own. Parsing every body
 * leaves native memory behind in the process that parsed it: satteri's
 * parse results are freed only once the event loop turns, after the
 * synchronous checks, and the allocator keeps the pages, in Astro's process
 * to the end of the build (docs/performance.md). A child's memory goes back
 * when it exits.
 *
 * The child works on the other core while this process goes on (Astro
 * starts and loads its content meanwhile: see `checked-loader.ts`). What it prints
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
