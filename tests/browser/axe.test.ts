import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/reading-settings.ts';
import { injectAxe } from './support/axe.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { pageTypes, READING_MODES } from './support/page-types.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

// Default, large text, high contrast. Both at once adds nothing for axe: the colours are the high-contrast
// ones and the sizes the large-text ones, each already checked (the 360 px layout test covers the pair).
const { 'large text + high contrast': _both, ...AXE_MODES } = READING_MODES;

const sample = inject('sampleDist');

let server: StaticServer;
let launched: LaunchedBrowser;

beforeAll(async () => {
  server = await serveStatic(sample);
  launched = await launchBrowser();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

/** One line per failing node, so a failure says what to fix and where. */
function summarize(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  );
}

describe.each(Object.entries(AXE_MODES))('axe-core in Chromium, %s mode', (_mode, settings) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await launched.browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 800 } });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      STORAGE_KEY,
      JSON.stringify(settings),
    ] as const);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(pageTypes(sample))('$name ($path) has no violations', async ({ path }) => {
    await page.goto(server.url(path));
    await injectAxe(page);
    // Details only for violations: the rest is counted, not described, which keeps each run short.
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    expect(results.passes.length).toBeGreaterThan(10);
    expect(summarize(results)).toEqual([]);
  });
});

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
