import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ProfileLayout from '../../src/layouts/ProfileLayout.astro';
import { paginate } from '../../src/lib/pagination.ts';
import { readSearchRecord } from '../../src/search/build/records/record.ts';

async function render(current: number): Promise<string> {
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
      page: { ...pages[current - 1]!.page, items: [] },
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
});
