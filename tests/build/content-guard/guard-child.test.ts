import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  CHECKS_REPORT,
  CHECKS_WANTED,
  type ChecksReportMessage,
} from '../../../src/build/content-guard/guard-child.ts';
import type { GuardReport } from '../../../src/build/content-guard/guard-report.ts';

const guardChild = new URL('../../../src/build/content-guard/guard-child.ts', import.meta.url).href;

/**
 * Astro's process as `npm run build` starts it, reduced to asking for the checks' report: a Node process with an IPC
 * channel that prints what `guardReportFromParent` gives. Answers its question with `answer`; resolves once it has
 * exited by itself, which it can do only if the listener is gone once the report is in.
 */
function askParent(answer: Omit<ChecksReportMessage, 'type'>): Promise<{ code: number | null; printed: string }> {
  const script = `import { guardReportFromParent } from ${JSON.stringify(guardChild)};
guardReportFromParent().then((report) => console.log(JSON.stringify(report)), (error) => console.log('rejected: ' + error.message));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.on('message', (message) => {
    if (message === CHECKS_WANTED) child.send({ type: CHECKS_REPORT, ...answer } as ChecksReportMessage);
  });
  return new Promise((done) => child.on('close', (code) => done({ code, printed })));
}

const report: GuardReport = {
  problems: [],
  warnings: ['content/news/2024/a.md:3: tags: 列表里有全角逗号'],
  pages: [],
  scripts: [['/news/2024/a/', 'zh-Hant']],
};

describe('guardReportFromParent', { timeout: 60_000 }, () => {
  it('asks once it listens, takes the report the parent sends, and lets the process end', async () => {
    const { code, printed } = await askParent({ report });
    expect(code).toBe(0);
    expect(JSON.parse(printed)).toEqual(report);
  });

  it('rejects with the reason the parent gives when the checks could not run', async () => {
    const { code, printed } = await askParent({ error: '内容检查的进程退出了' });
    expect(code).toBe(0);
    expect(printed.trim()).toBe('rejected: 内容检查的进程退出了');
  });
});
