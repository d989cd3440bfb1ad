import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const require = createRequire(import.meta.url);

let launched: LaunchedBrowser;
let fixture: StaticServer;
let sample: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [fixture, sample, launched] = await Promise.all([
    serveStatic(inject('fixtureDist')),
    serveStatic(inject('sampleDist')),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await launched?.close();
  await Promise.all([fixture?.close(), sample?.close()]);
});

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  context = await launched.browser.newContext({ locale: 'zh-CN', ...options });
  page = await context.newPage();
  return page;
}

afterEach(async () => {
  await context?.close();
});

/** Waits until the search page has finished: a status is shown and nothing is loading. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !document.getElementById('search')?.hasAttribute('aria-busy');
  });
  return (await page.locator('#search-status').textContent()) ?? '';
}

async function search(page: Page, server: StaticServer, query: string): Promise<string> {
  await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
  return settled(page);
}

interface Shown {
  url: string;
  title: string;
  lang: string;
  marks: string[];
}

async function results(page: Page): Promise<Shown[]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('h2 a')!;
      return {
        url: link.getAttribute('href') ?? '',
        title: link.textContent ?? '',
        lang: link.getAttribute('lang') ?? '',
        marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      };
    }),
  );
}

describe('search on the fixture site', () => {
  it('takes a query from the header on any page to the results', async () => {
    const page = await open();
    await page.goto(fixture.url('/news/2024/sijie-peixun/'));
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('执委');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=执委');
    expect(await settled(page)).toMatch(/^找到 \d+ 条与“执委”相关的内容。$/);
    expect(await page.getByRole('searchbox', { name: '搜索全站' }).inputValue()).toBe('执委');
    expect(await page.title()).toBe('“执委”的搜索结果 | 巾帼之窗');
  });

  it('finds entries in both scripts for a simplified query, each shown as written', async () => {
    const page = await open();
    await search(page, fixture, '执委');
    const shown = await results(page);
    expect(shown).toEqual(
      expect.arrayContaining([
        {
          url: '/news/2024/zhiwei-xuanjiang/',
          title: '执委宣讲团走进基层',
          lang: 'zh-Hans',
          marks: expect.arrayContaining(['执委']),
        },
        {
          url: '/news/2023/qinzhou-zhiwei/',
          title: '秦州區執委走進社區',
          lang: 'zh-Hant',
          marks: expect.arrayContaining(['執委']),
        },
      ]),
    );
    // List pages repeat what entries say; only the entries themselves are results.
    expect(shown.map((result) => result.url).filter((url) => /^\/(tags|news)\/$|\/page\//.test(url))).toEqual([]);
  });

  it('finds the same entries for the traditional spelling of the query', async () => {
    const page = await open();
    await search(page, fixture, '执委');
    const simplified = (await results(page)).map((result) => result.url);
    await search(page, fixture, '執委');
    expect((await results(page)).map((result) => result.url)).toEqual(simplified);
  });

  it('finds a simplified-script article for a traditional query, and highlights it as written', async () => {
    const page = await open();
    await search(page, fixture, '宣講團');
    const [first] = await results(page);
    expect(first).toMatchObject({ url: '/news/2024/zhiwei-xuanjiang/', marks: expect.arrayContaining(['宣讲团']) });
  });

  it('shows the kind of entry, its date and its city', async () => {
    const page = await open();
    await search(page, fixture, '秦州區執委走進社區');
    const details = page.locator('#search-results > li').first().locator('[data-slot="details"]');
    expect((await details.textContent())?.replace(/\s+/g, '')).toBe('新闻·2023年6月1日·秦州區');
    expect(await details.locator('time').getAttribute('datetime')).toBe('2023-06-01');
  });

  it('quotes the text around the match when neither title nor summary has it', async () => {
    const page = await open();
    await search(page, fixture, '婚姻家庭');
    const item = page.locator('#search-results > li').filter({ hasText: '秦州區執委走進社區' });
    const excerpt = item.locator('[data-slot="excerpt"]');
    expect(await excerpt.textContent()).toContain('婚姻家庭知識');
    expect(await excerpt.locator('mark').allTextContents()).toContain('婚姻家庭');
    expect(await excerpt.getAttribute('lang')).toBe('zh-Hant');
  });

  it('says so when nothing matches', async () => {
    const page = await open();
    expect(await search(page, fixture, '柠檬汽水')).toBe(
      '没有找到与“柠檬汽水”相关的内容。可以少输入几个字,或换一个说法再试。',
    );
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
  });

  it('asks for a query, with the cursor in the box, when there is none', async () => {
    const page = await open();
    await page.goto(fixture.url('/search/'));
    expect(await settled(page)).toContain('请输入要找的内容');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  it('treats what was typed as text, never as markup', async () => {
    const page = await open();
    await search(page, fixture, '<img src=x onerror=alert(1)>执委');
    expect(await page.locator('#search img, #search-status img').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toContain('<img src=x onerror=alert(1)>执委');
  });

  it('explains, and leaves the browse links, when the index cannot be loaded', async () => {
    const page = await open();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    expect(await search(page, fixture, '执委')).toBe('搜索暂时无法使用,请稍后再试,或从下面的栏目查找。');
    expect(await page.getByRole('link', { name: '新闻动态' }).count()).toBeGreaterThan(0);
  });

  it('fetches nothing from another host while searching', async () => {
    const page = await open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await search(page, fixture, '执委');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== fixture.origin)).toEqual([]);
  });

  it('without JavaScript, says search needs it and offers the sections to browse', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(fixture.url('/search/?q=执委'));
    // Playwright's text queries never look inside <noscript>, so the paragraph is found by CSS.
    const notice = page.locator('noscript p');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('搜索需要浏览器开启 JavaScript');
    expect(await page.getByRole('navigation', { name: '按栏目查找' }).getByRole('link').count()).toBe(5);
  });
});

describe('search on the sample site', () => {
  it('shows ten results at a time and moves focus to the first of the next ten', async () => {
    const page = await open();
    const status = await search(page, sample, '妇联');
    const total = Number(/找到 (\d+) 条/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(10);

    await page.getByRole('button', { name: '显示更多结果' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    const shown = Math.min(20, total);
    expect(await page.locator('#search-results > li').count()).toBe(shown);
    expect(await page.evaluate(() => document.activeElement?.closest('li'))).not.toBeNull();
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#search-results > li')].indexOf(document.activeElement!.closest('li')!),
      ),
    ).toBe(10);
    expect(await page.locator('#search-status').textContent()).toContain(`已显示 ${shown} 条,共 ${total} 条。`);
  });

  it('puts entries that contain the query as written ahead of those with its characters apart', async () => {
    const page = await open();
    await search(page, sample, '微家');
    const shown = await results(page);
    const whole = shown.map((result) => result.marks.length > 0);
    // Once an entry without the phrase appears, no entry with it follows.
    expect(whole.slice(whole.indexOf(false))).not.toContain(true);
    expect(whole[0]).toBe(true);
  });

  it('has no accessibility violations on a page of results', async () => {
    const page = await open();
    await search(page, sample, '執委');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const { violations } = await (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe.run();
      return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
