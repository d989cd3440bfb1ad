import { describe, expect, it } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import NewsList from '../../src/components/NewsList.astro';
import CityCard from '../../src/components/CityCard.astro';
import LinkChips from '../../src/components/LinkChips.astro';
import Monogram from '../../src/components/Monogram.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';
import FiguresChart from '../../src/components/FiguresChart.astro';
import { paginate } from '../../src/lib/pagination.ts';
import { shanghaiDate } from '../../src/lib/dates.ts';
import { byTag, select, textOf } from '../support/dist.ts';
import { render } from './render.ts';

const pages = paginate(
  Array.from({ length: 25 }, (_, i) => i),
  '/news/',
  10,
);

describe('Pagination', () => {
  it('links to the previous and next pages and says where the reader is', async () => {
    const { doc } = await render(Pagination, { page: pages[1]!.page, lang: 'zh-Hans' });
    const links = byTag(doc, 'a').map((a) => [a.attribs.rel, a.attribs.href]);
    expect(links).toEqual([
      ['prev', '/news/'],
      ['next', '/news/page/3/'],
    ]);
    expect(textOf(doc)).toContain('第 2 页,共 3 页');
  });

  it('is absent when everything fits on one page', async () => {
    const { html } = await render(Pagination, { page: paginate([1], '/news/', 10)[0]!.page, lang: 'zh-Hans' });
    expect(html.trim()).toBe('');
  });
});

describe('NewsList', () => {
  const item = {
    id: '2023/x',
    url: '/news/2023/x/',
    title: '秦州區執委走進社區',
    summary: '摘要',
    date: shanghaiDate(2023, 6, 1)!,
    lang: 'zh-Hant' as const,
    city: { name: '秦州區', url: '/cities/qinzhou/' },
  };

  it('marks each item with its own script and shows its date and city', async () => {
    const { doc } = await render(NewsList, { items: [item], lang: 'zh-Hans' });
    expect(byTag(doc, 'article')[0]?.attribs.lang).toBe('zh-Hant');
    expect(byTag(doc, 'time')[0]?.attribs.datetime).toBe('2023-06-01');
    expect(textOf(doc)).toContain('2023年6月1日');
    expect(byTag(doc, 'a').map((a) => a.attribs.href)).toEqual(['/news/2023/x/', '/cities/qinzhou/']);
  });

  it('hides the city on a city’s own list', async () => {
    const { doc } = await render(NewsList, { items: [item], lang: 'zh-Hans', showCity: false });
    expect(byTag(doc, 'a').map((a) => a.attribs.href)).toEqual(['/news/2023/x/']);
  });

  it('says there is nothing yet for an empty list', async () => {
    const { doc } = await render(NewsList, { items: [], lang: 'zh-Hant' });
    expect(textOf(doc)).toBe('暫無內容。');
  });
});

describe('CityCard and LinkChips', () => {
  it('lists a city’s districts', async () => {
    const city = {
      id: 'tianshui',
      url: '/cities/tianshui/',
      name: '天水市',
      federation: '天水市妇女联合会',
      province: '甘肃省',
      lang: 'zh-Hans',
      districts: [{ name: '秦州区', url: '/cities/qinzhou/' }],
    };
    const { doc } = await render(CityCard, { city, lang: 'zh-Hans' });
    expect(byTag(doc, 'a').map((a) => a.attribs.href)).toEqual(['/cities/tianshui/', '/cities/qinzhou/']);
    expect(textOf(doc)).toContain('下辖区县');
  });

  it('renders no label for an empty list of links', async () => {
    const { html } = await render(LinkChips, { label: '相关品牌', links: [] });
    expect(html.trim()).toBe('');
  });
});

describe('Monogram', () => {
  it('shows the first character of a name, skipping opening quotes, hidden from screen readers', async () => {
    const { doc } = await render(Monogram, { name: '“新火聊圆”' });
    const span = byTag(doc, 'span')[0]!;
    expect(textOf(span)).toBe('新');
    expect(span.attribs['aria-hidden']).toBe('true');
  });
});

describe('SiteHeader', () => {
  it('marks the current section and carries a search form that submits to /search/', async () => {
    const { doc } = await render(SiteHeader, { lang: 'zh-Hans', current: 'news' });
    const current = select(doc, (el) => el.attribs['aria-current'] === 'page');
    expect(current.map(textOf)).toEqual(['新闻动态']);
    const form = byTag(doc, 'form')[0]!;
    expect([form.attribs.action, form.attribs.method]).toEqual(['/search/', 'get']);
    expect(byTag(doc, 'input')[0]?.attribs.name).toBe('q');
  });
});

describe('FiguresChart', () => {
  it('draws one bar per figure and names every value in its accessible label', async () => {
    const figures = [
      { label: '妇女微家', value: 2633, unit: '个', asOf: '2024', source: '吉林市妇联' },
      { label: '执委宣讲', value: 42, unit: '场', asOf: '2024', source: '吉林市妇联' },
    ];
    const { doc } = await render(FiguresChart, { figures, lang: 'zh-Hans', cityName: '吉林市' });
    const svg = byTag(doc, 'svg')[0]!;
    expect(svg.attribs['aria-label']).toBe('吉林市主要数据:妇女微家2,633个;执委宣讲42场');
    const bars = byTag(doc, 'rect').filter((rect) => (rect.attribs.class ?? '').split(' ').includes('fill-accent'));
    expect(bars).toHaveLength(2);
    expect(Number(bars[0]!.attribs.width)).toBeGreaterThan(Number(bars[1]!.attribs.width));
    expect(textOf(doc)).toContain('截至 2024，来源：吉林市妇联');
  });
});
