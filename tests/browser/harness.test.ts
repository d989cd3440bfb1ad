import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const INDEX = `<!doctype html>
<html lang="zh-Hans">
  <head><meta charset="utf-8"><title>巾帼之窗</title></head>
  <body>
    <h1>巾帼之窗</h1>
    <p id="status">吉林四姐等你报名</p>
    <button type="button" id="join">我要报名</button>
    <script>
      document.getElementById('join').addEventListener('click', () => {
        document.getElementById('status').textContent = '报名成功,谢谢参与!';
      });
    </script>
  </body>
</html>
`;

const NOT_FOUND = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1></body></html>`;

let dist: string;
let server: StaticServer;
let launched: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'jinguo-harness-'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, '404.html'), NOT_FOUND);
  await mkdir(join(dist, 'news'));
  await writeFile(join(dist, 'news', 'index.html'), INDEX.replace('<h1>巾帼之窗</h1>', '<h1>新闻动态</h1>'));
  server = await serveStatic(dist);
  launched = await launchBrowser();
  page = await launched.browser.newPage({ locale: 'zh-CN' });
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('browser harness', () => {
  it('loads a page with Chinese text, clicks a button and sees the DOM change', async () => {
    const response = await page.goto(server.url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('巾帼之窗');
    const status = page.locator('#status');
    expect(await status.textContent()).toBe('吉林四姐等你报名');

    await page.getByRole('button', { name: '我要报名' }).click();

    expect(await status.textContent()).toBe('报名成功,谢谢参与!');
  });

  it('serves index.html for a directory', async () => {
    const response = await page.goto(server.url('/news/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('新闻动态');
  });

  it('shows 404.html with status 404 for a missing page', async () => {
    const response = await page.goto(server.url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
  });

  it('runs Chromium with exactly the harness flags and a fresh profile', async () => {
    expect(launched.args).toEqual([
      ...CHROMIUM_ARGS,
      `--user-data-dir=${launched.userDataDir}`,
      '--remote-debugging-pipe',
    ]);
    // The profile lives in a new temp directory, and Chromium wrote to it.
    expect(launched.userDataDir.startsWith(tmpdir())).toBe(true);
    expect(existsSync(join(launched.userDataDir, 'Default'))).toBe(true);

    const version = await launched.browser.newPage();
    await version.goto('chrome://version');
    const commandLine = (await version.locator('#command_line').textContent()) ?? '';
    await version.close();
    for (const flag of [...CHROMIUM_ARGS, `--user-data-dir=${launched.userDataDir}`]) {
      expect(commandLine).toContain(flag);
    }
    // Playwright's own defaults stay out.
    expect(commandLine).not.toContain('--enable-automation');
    expect(commandLine).not.toContain('--disable-field-trial-config');
  });

  it('renders Chinese with a CJK font, not as empty boxes', async () => {
    await page.goto(server.url('/'));
    // Distinct Han characters in a real CJK font differ in ink; missing glyphs are identical boxes.
    const distinct = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const context = canvas.getContext('2d');
      if (!context) return false;
      const ink = (character: string) => {
        context.clearRect(0, 0, 40, 40);
        context.font = '32px sans-serif';
        context.fillText(character, 2, 34);
        return Array.from(context.getImageData(0, 0, 40, 40).data).join(',');
      };
      return ink('巾') !== ink('帼');
    });
    expect(distinct).toBe(true);
  });
});
