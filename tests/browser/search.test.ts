import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { injectAxe } from './support/axe.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

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

async function open(
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    isMobile?: boolean;
    hasTouch?: boolean;
  } = {},
): Promise<Page> {
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

/** The simplified key of a mark, for comparing marks across scripts. */
function toKey(text: string): string {
  return text.replace(/[婦聯執]/g, (char) => ({ 婦: '妇', 聯: '联', 執: '执' })[char] ?? char);
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
    // The excerpt comes with the page's text, after the result is listed.
    await excerpt.locator('mark').first().waitFor();
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
    await page.route('**/search-index/meta.json', (route) => route.fulfill({ status: 404, body: '' }));
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

describe('filters on the fixture site', () => {
  async function options(page: Page, name: string): Promise<string[]> {
    return page
      .locator(`select[name="${name}"] option`)
      .evaluateAll((items) =>
        (items as HTMLOptionElement[]).map(
          (option) => `${option.value}:${option.textContent}${option.disabled ? ':off' : ''}`,
        ),
      );
  }

  it('count each choice among the results', async () => {
    const page = await open();
    expect(await search(page, fixture, '执委')).toBe('找到 4 条与“执委”相关的内容。');
    await page.locator('#search-filters').waitFor();
    expect(await options(page, 'city')).toEqual([
      ':全部',
      'jilin:吉林市(3)',
      'tianshui:天水市(1)',
      'qinzhou:秦州區(1)',
    ]);
    expect(await options(page, 'year')).toEqual([':全部', '2024:2024年(1)', '2023:2023年(1)']);
  });

  it('narrow the results, put the choice in the link and count the other choices as they stand', async () => {
    const page = await open();
    await search(page, fixture, '执委');
    await page.locator('#search-filters').waitFor();
    await page.getByLabel('城市').selectOption('qinzhou');
    await page.waitForURL((url) => url.searchParams.get('city') === 'qinzhou');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=执委&city=qinzhou');
    expect(await settled(page)).toBe('按所选条件找到 1 条与“执委”相关的内容,不加筛选共 4 条。');
    expect((await results(page)).map((result) => result.url)).toEqual(['/news/2023/qinzhou-zhiwei/']);
    expect(await options(page, 'type')).toEqual([
      ':全部',
      'news:新闻(1)',
      'person:人物(0):off',
      'brand:品牌(0):off',
      'city:城市(0):off',
      'column:栏目(0):off',
    ]);
  });

  it('open as a link with the filters already applied, and go back to the search without them', async () => {
    const page = await open();
    await search(page, fixture, '执委');
    await page.goto(fixture.url(`/search/?q=${encodeURIComponent('执委')}&type=news&year=2024`));
    expect(await settled(page)).toBe('按所选条件找到 1 条与“执委”相关的内容,不加筛选共 4 条。');
    expect(await page.getByLabel('类型').inputValue()).toBe('news');
    expect(await page.getByLabel('年份').inputValue()).toBe('2024');
    expect((await results(page)).map((result) => result.url)).toEqual(['/news/2024/zhiwei-xuanjiang/']);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL((url) => !url.searchParams.has('type'));
    expect(await settled(page)).toBe('找到 4 条与“执委”相关的内容。');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('type') === 'news');
    expect(await settled(page)).toContain('按所选条件找到 1 条');
  });

  it('can be chosen with the keyboard alone', async () => {
    const page = await open();
    await search(page, fixture, '执委');
    await page.locator('#search-filters').waitFor();
    await page.getByLabel('城市').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.get('city') === 'jilin');
    expect(await settled(page)).toBe('按所选条件找到 3 条与“执委”相关的内容,不加筛选共 4 条。');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('city');
  });

  it('say so when nothing is left, and offer to clear them', async () => {
    const page = await open();
    await page.goto(fixture.url(`/search/?q=${encodeURIComponent('宣讲团')}&city=qinzhou`));
    expect(await settled(page)).toBe('所选条件下没有与“宣讲团”相关的内容,不加筛选共 1 条。可以清除筛选再看。');
    expect(await page.getByRole('button', { name: '清除筛选' }).isVisible()).toBe(true);
  });

  it('search again in the page without reloading it, keeping the filters', async () => {
    const page = await open();
    await page.goto(fixture.url(`/search/?q=${encodeURIComponent('执委')}&city=jilin`));
    await settled(page);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('吉林四姐');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '吉林四姐');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=吉林四姐&city=jilin');
    expect(await settled(page)).toContain('与“吉林四姐”相关的内容');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  });
});

describe('search on the sample site', () => {
  it('takes a reader from an article’s header box to the results, through a city filter, to a result', async () => {
    const page = await open();
    await page.goto(sample.url('/news/2024/liaocheng-zhiwei-lvzhi/'));
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('执委');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const all = Number(/找到 (\d+) 条/.exec(await settled(page))?.[1]);
    expect(all).toBeGreaterThan(3);

    await page.locator('#search-filters').waitFor();
    const label = await page.locator('select[name="city"] option[value="jilin"]').textContent();
    const expected = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    await page.getByLabel('城市').selectOption('jilin');
    await page.waitForURL((url) => url.searchParams.get('city') === 'jilin');
    expect(await settled(page)).toBe(`按所选条件找到 ${expected} 条与“执委”相关的内容,不加筛选共 ${all} 条。`);
    const shown = await results(page);
    expect(shown.length).toBe(Math.min(10, expected));

    const first = shown[0]!;
    await page.locator('#search-results > li h2 a').first().click();
    await page.waitForURL((url) => url.pathname === first.url);
    expect(await page.locator('h1').textContent()).toBe(first.title);
    expect(await page.locator('main').textContent()).toContain('吉林');
  });

  it('runs under the pages’ own Content-Security-Policy: searching, filtering and more results break no rule', async () => {
    const page = await open();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.effectiveDirective} ${event.blockedURI}`,
        ),
      ),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await search(page, sample, '妇联');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(
      /script-src 'self' 'sha256-/,
    );
    await page.locator('#search-filters').waitFor();
    await page.getByLabel('城市').selectOption('jilin');
    await page.waitForURL((url) => url.searchParams.get('city') === 'jilin');
    await settled(page);
    await page.getByLabel('城市').selectOption('');
    await settled(page);
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // The listener hears what the policy refuses: a script the page did not list.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { text: '1' })));
    await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
  });

  it('finds 妇联 on a page written 婦聯, and 婦聯 on a page written 妇联, each shown as written', async () => {
    const page = await open();
    await search(page, sample, '妇联');
    const fromSimplified = await results(page);
    const traditional = fromSimplified.find((result) => result.url === '/news/2024/jilin-ponan-xingdong/');
    expect(traditional).toMatchObject({ lang: 'zh-Hant', marks: expect.arrayContaining(['婦聯']) });
    expect(traditional?.title).toContain('吉林市婦聯');

    await search(page, sample, '婦聯');
    const fromTraditional = await results(page);
    const simplified = fromTraditional.find((result) => result.lang === 'zh-Hans');
    expect(simplified).toMatchObject({ marks: expect.arrayContaining(['妇联']) });
    expect(fromTraditional.map((result) => result.url)).toEqual(fromSimplified.map((result) => result.url));
  });

  it('fits a phone screen: nothing wider than the screen, filters one under another, large targets', async () => {
    const page = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await search(page, sample, '巾帼');
    await page.locator('#search-filters').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const boxes = await page
      .locator('select[data-filter]')
      .evaluateAll((items) =>
        items.map((item) => item.getBoundingClientRect()).map(({ x, width, height }) => ({ x, width, height })),
      );
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(280);
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    expect(new Set(boxes.map((box) => box.x)).size).toBe(1);
  });

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

  /** The results listed, each with its excerpt as shown at this moment (empty while it is hidden). */
  const listedNow = (page: Page) =>
    page.locator('#search-results > li').evaluateAll((items) =>
      items.map((item) => {
        const excerpt = item.querySelector<HTMLElement>('[data-slot="excerpt"]');
        return {
          url: item.querySelector('h2 a')?.getAttribute('href') ?? '',
          excerpt: excerpt && !excerpt.hidden ? (excerpt.textContent ?? '') : '',
        };
      }),
    );

  /** Presses 显示更多结果 and returns the index files fetched for it and the results as they first show. */
  async function more(page: Page) {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/search-index/')) fetched.push(request.url());
    });
    const before = await page.locator('#search-results > li').count();
    await page.getByRole('button', { name: '显示更多结果' }).click();
    // Read in the same moment the list grows: every excerpt must come with its result, not after it.
    const shown = await page.waitForFunction((before) => {
      const items = [...document.querySelectorAll('#search-results > li')];
      if (items.length <= before) return false;
      return items.map((item) => {
        const excerpt = item.querySelector<HTMLElement>('[data-slot="excerpt"]');
        return {
          url: item.querySelector('h2 a')?.getAttribute('href') ?? '',
          excerpt: excerpt && !excerpt.hidden ? (excerpt.textContent ?? '') : '',
        };
      });
    }, before);
    return { fetched, results: (await shown.jsonValue()) as Awaited<ReturnType<typeof listedNow>> };
  }

  it('loads each further batch in one request, each result with its excerpt', async () => {
    const page = await open();
    await search(page, sample, '巾帼');
    const { fetched, results: after } = await more(page);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/\/records\/0\.bin$/);
    const added = after.slice(10);
    expect(added.length).toBeGreaterThan(0);
    // Results found only in their text (neither title nor summary holds 巾帼) are most of a batch for this query.
    const quoted = added.filter(({ excerpt }) => excerpt.includes('巾帼') || excerpt.includes('巾幗'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(await listedNow(page)).toEqual(after);
  });

  it('shows the same batches on hosts that send one range at a time, or none', async () => {
    const page = await open();
    await search(page, sample, '巾帼');
    const expected = (await more(page)).results;
    for (const ranges of ['first', 'none'] as const) {
      const host = await serveStatic(inject('sampleDist'), { ranges });
      try {
        await context.close();
        const other = await open();
        await search(other, host, '巾帼');
        const { fetched, results: shown } = await more(other);
        expect(shown, ranges).toEqual(expected);
        // One range at a time: a request per record; none: the file once, whole, with the first batch.
        if (ranges === 'first') expect(fetched.length, ranges).toBeGreaterThan(1);
        else expect(fetched, ranges).toEqual([]);
      } finally {
        await host.close();
      }
    }
  });

  it('lists only entries that contain a longer query as written, and marks it in each', async () => {
    const page = await open();
    await search(page, sample, '妇女微家');
    const shown = await results(page);
    expect(shown.length).toBeGreaterThan(0);
    // 妇女 and 微家 occur on many more pages; only those with the whole term are results.
    for (const result of shown) expect(result.marks.map(toKey), result.url).toContain('妇女微家');
  });

  it('has no accessibility violations on a page of results', async () => {
    const page = await open();
    await search(page, sample, '執委');
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const { violations } = await (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe.run();
      return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
