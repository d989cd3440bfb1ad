import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseManifest } from '../../src/url-manifest/manifest.ts';
import { projectRoot } from '../support/astro-cli.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const manifest = parseManifest(readFileSync(join(projectRoot, 'tests/fixtures/site/content/urls.jsonl'), 'utf8'));
let server: StaticServer;
let launched: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(inject('fixtureDist'));
  launched = await launchBrowser();
  page = await launched.browser.newPage({ locale: 'zh-CN' });
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

/** Opens a URL as a reader would and returns where the browser ends up and the heading it shows. */
async function arriveAt(path: string) {
  await page.goto(server.url(path));
  await page.waitForURL((url) => url.pathname === '/news/2024/sijie-peixun/');
  return { path: new URL(page.url()).pathname, heading: await page.locator('h1').first().textContent() };
}

describe('old URLs and short links in a real browser', () => {
  it('follows an alias of a renamed article to the article', async () => {
    expect(await arriveAt('/news/2024/jilin-sijie-peixun/')).toEqual({
      path: '/news/2024/sijie-peixun/',
      heading: '吉林四姐开展家政技能培训',
    });
  });

  it('follows a page of an earlier site to the article', async () => {
    expect((await arriveAt('/html/2024/1121/88.html')).path).toBe('/news/2024/sijie-peixun/');
  });

  it('follows the short link, typed without its trailing slash, to the article', async () => {
    const code = manifest.get('/news/2024/sijie-peixun/')?.short;
    expect((await arriveAt(`/s/${code}`)).heading).toBe('吉林四姐开展家政技能培训');
  });

  it('shows a redirect page under its own Content-Security-Policy: its style applies and nothing is refused', async () => {
    const tab = await launched.browser.newPage({ locale: 'zh-CN' });
    const refused: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    // The refresh is held back, so that the redirect page itself can be looked at.
    await tab.route('**/news/2024/sijie-peixun/', (route) => route.abort('aborted'));
    await tab.goto(server.url('/news/2024/jilin-sijie-peixun/'));
    const shown = await tab.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      link: getComputedStyle(document.querySelector('a')!).color,
    }));
    await tab.close();
    expect(shown.policy).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(shown.link).toBe('rgb(168, 21, 27)');
    expect(refused).toEqual([]);
  });
});
