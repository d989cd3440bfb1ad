import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/reading-settings.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { pageTypes, READING_MODES } from './support/page-types.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const sample = inject('sampleDist');
const ARTICLE = '/news/2024/liaocheng-zhiwei-lvzhi/';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

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

/**
 * Records the reading-mode attributes on <html> at the moment <body> is
 * created: set by then, they are in place before anything can be painted.
 */
function recordModesAtFirstBody() {
  const record = () => {
    const root = document.documentElement;
    (window as unknown as { modesAtBody: unknown }).modesAtBody = {
      text: root.getAttribute('data-text'),
      contrast: root.getAttribute('data-contrast'),
    };
  };
  const observer = new MutationObserver(() => {
    if (document.body) {
      record();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const modesAtBody = (page: Page) => page.evaluate(() => (window as unknown as { modesAtBody: unknown }).modesAtBody);
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const pressed = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

describe('reading modes in Chromium', () => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await launched.browser.newContext({ locale: 'zh-CN', ...PHONE });
    await context.addInitScript(recordModesAtFirstBody);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('switches to large text from the header and keeps it on the next page, from before first paint', async () => {
    await page.goto(server.url(ARTICLE));
    expect(await rootFontSize(page)).toBe('16px');
    expect(await pressed(page, '大字')).toBe('false');

    await page.getByRole('button', { name: '大字', exact: true }).click();
    expect(await pressed(page, '大字')).toBe('true');
    expect(await rootFontSize(page)).toBe('20px');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '品牌项目' }).click();
    await page.waitForURL(server.url('/brands/'));
    expect(await modesAtBody(page)).toEqual({ text: 'large', contrast: null });
    expect(await rootFontSize(page)).toBe('20px');
    expect(await pressed(page, '大字')).toBe('true');
  });

  it('switches high contrast on and off, remembered through a reload and the back button', async () => {
    await page.goto(server.url('/'));
    expect(await bodyBackground(page)).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: '高对比', exact: true }).click();
    expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');

    await page.reload();
    expect(await modesAtBody(page)).toEqual({ text: null, contrast: 'high' });
    expect(await pressed(page, '高对比')).toBe('true');

    // Turned off on a second page, it must be off on the first one when the reader goes back.
    await page.goto(server.url('/cities/jilin/'));
    expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
    await page.getByRole('button', { name: '高對比', exact: true }).click();
    expect(await bodyBackground(page)).toBe('rgb(255, 255, 255)');
    await page.goBack();
    await page.waitForURL(server.url('/'));
    expect(await bodyBackground(page)).toBe('rgb(255, 255, 255)');
    expect(await pressed(page, '高对比')).toBe('false');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('{}');
  });

  it('works from the keyboard alone: skip link first, then both switches', async () => {
    await page.goto(server.url(ARTICLE));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.width).toBeGreaterThan(40);
    expect(box!.height).toBeGreaterThan(20);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('大字');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset)).toMatchObject({
      text: 'large',
      contrast: 'high',
    });

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it.each(Object.entries(READING_MODES))('shows where the keyboard focus is, %s mode', async (_mode, settings) => {
    await page.goto(server.url(ARTICLE));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(settings)]);
    await page.reload();
    for (const locator of [
      page.getByRole('button', { name: '大字', exact: true }),
      page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }),
      page.getByRole('searchbox'),
      page.getByRole('contentinfo').getByRole('link').first(),
    ]) {
      await locator.focus();
      const outline = await locator.evaluate((el) => {
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
  });
});

describe.each(Object.entries(READING_MODES))('a 360 px phone, %s mode', (_mode, settings) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await launched.browser.newContext({ locale: 'zh-CN', ...PHONE });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      STORAGE_KEY,
      JSON.stringify(settings),
    ] as const);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(pageTypes(sample))('$name ($path): nothing wider than the screen, lines 1.5 apart', async ({ path }) => {
    await page.goto(server.url(path));
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const sticking = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && !el.closest('.sr-only');
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      const body = getComputedStyle(document.body);
      return {
        width,
        scrollWidth: document.documentElement.scrollWidth,
        sticking,
        lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
      };
    });
    expect(layout.width).toBe(360);
    expect(layout.scrollWidth).toBeLessThanOrEqual(360);
    expect(layout.sticking).toEqual([]);
    expect(layout.lineHeight).toBeGreaterThanOrEqual(1.5);
  });
});
