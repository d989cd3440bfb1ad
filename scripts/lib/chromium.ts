import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './browser.ts';

/** Every flag Chromium gets from the harness, besides the fresh profile; nothing else is added. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without it Chromium opens its New Tab page at start, a WebUI whose scripts take half a second of a core just
  // when a test or the benchmark loads its first page (seen in a trace): no reader's browser is starting then.
  '--no-startup-window',
] as const;

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** The fresh profile directory this browser runs with; removed by `close()`. */
  userDataDir: string;
  /** The arguments Chromium was started with. */
  args: readonly string[];
  close: () => Promise<void>;
}

/**
 * Starts the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with
 * exactly CHROMIUM_ARGS and a new `--user-data-dir` in a temp directory.
 * Playwright's own default flags are turned off (`ignoreDefaultArgs: true`);
 * it then needs `--remote-debugging-pipe`, the channel it drives the browser through.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Run \`npm run test:browser\` (it runs scripts/ensure-browser.ts first), or set CHROMIUM_PATH.`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'jinguo-chromium-'));
  const args = [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe'];
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, ignoreDefaultArgs: true, args, timeout: 60_000 });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    executablePath,
    userDataDir,
    args,
    close: async () => {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
