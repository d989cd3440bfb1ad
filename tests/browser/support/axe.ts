import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern: an injected `<script>` would be
 * refused (no `'unsafe-inline'`), and axe should audit the page with its
 * policy in force rather than with it turned off.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}
