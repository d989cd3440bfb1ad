import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ProfileLayout from '../../src/layouts/ProfileLayout.astro';
import { paginate } from '../../src/lib/pagination.ts';
import { readSearchRecord, searchedLength } from '../../src/search/build/records/record.ts';
import type { NewsCardView } from '../../src/data/views.ts';

const NEWS: NewsCardView = {
  id: '2024/sijie-peixun',
  url: '/news/2024/sijie-peixun/',
  title: '吉林四姐开办第三期家政培训班',
  summary: '四十名学员结业。',
  date: new Date('2024-05-06T00:00:00+08:00'),
  lang: 'zh-Hans',
  city: { name: '吉林市', url: '/cities/jilin/' },
};

async function render(current: number, items: NewsCardView[] = []): Promise<string> {
  const container = await AstroContainer.create();
  const pages = paginate(
    Array.from({ length: 12 }, () => ({})),
    '/brands/jilin-sijie/',
    10,
  );
  return container.renderToString(ProfileLayout, {
    props: {
      title: '吉林四姐',
      description: '吉林市妇联服务妇女就业创业的总品牌。',
      lang: 'zh-Hans',
      section: 'brands',
      trail: [],
      newsHeading: '相关报道',
      page: { ...pages[current - 1]!.page, items },
      record: { kind: 'brand', place: '吉林市' },
    },
    slots: { header: '<h1>吉林四姐</h1>', default: '<p>培训品牌的简介。</p>' },
    partial: false,
  });
}

describe('ProfileLayout as a search record', () => {
  it('makes page one of a profile its search record, with kind and city', async () => {
    const record = readSearchRecord(await render(1), '/brands/jilin-sijie/');
    expect(record).toMatchObject({
      kind: 'brand',
      title: '吉林四姐',
      summary: '吉林市妇联服务妇女就业创业的总品牌。',
      place: '吉林市',
    });
    expect(record?.body).toBe('培训品牌的简介。');
  });

  it('leaves later pages, which only continue the news list, out of the index', async () => {
    expect(readSearchRecord(await render(2), '/brands/jilin-sijie/page/2/')).toBeUndefined();
  });

  it('ends what the index reads before the news list, so an article published about the entry leaves it as it was', async () => {
    const searched = (html: string) => html.slice(0, searchedLength(html));
    const before = await render(1);
    const after = await render(1, [NEWS]);
    expect(after).toContain(NEWS.title);
    expect(searched(after)).toBe(searched(before));
    expect(searched(after)).toContain('培训品牌的简介。');
    expect(searched(after)).not.toContain('相关报道');
  });
});
