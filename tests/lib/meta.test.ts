import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LIMIT,
  itemType,
  metaTags,
  ogLocale,
  pageTitle,
  shortDescription,
  type HeadTag,
  type PageMeta,
} from '../../src/lib/meta.ts';

const site = { name: '巾帼之窗', tagline: '城市妇联新闻、品牌项目与巾帼典型' };

const article: PageMeta = {
  siteName: '巾帼之窗',
  title: '吉林四姐两年培训妇女三千余名',
  description: '吉林市妇联打造的“吉林四姐”就业创业培训品牌,两年来培训妇女三千余名。',
  url: 'https://jinguo.example.cn/news/2024/jilin-sijie-peixun/',
  lang: 'zh-Hans',
  type: 'article',
  image: {
    url: 'https://jinguo.example.cn/_astro/cover.jpeg',
    width: 600,
    height: 338,
    alt: '示意插图',
    type: 'image/jpeg',
  },
  published: new Date('2024-04-15T16:00:00Z'),
  feeds: [{ title: '巾帼之窗全部新闻', url: 'https://jinguo.example.cn/rss.xml' }],
};

/** `og:title` → content, for every tag keyed by property, name or itemprop. */
function contents(tags: HeadTag[]): Record<string, string> {
  return Object.fromEntries(
    tags
      .filter((tag) => tag.tag === 'meta')
      .map(({ attrs }) => [attrs.property ?? attrs.name ?? `itemprop:${attrs.itemprop}`, attrs.content ?? '']),
  );
}

describe('pageTitle', () => {
  it('puts the page first and the site last, and the tagline on the home page', () => {
    expect(pageTitle('吉林市', site)).toBe('吉林市 | 巾帼之窗');
    expect(pageTitle('巾帼之窗', site, true)).toBe('巾帼之窗 | 城市妇联新闻、品牌项目与巾帼典型');
    expect(pageTitle('巾帼之窗', site)).toBe('巾帼之窗 | 城市妇联新闻、品牌项目与巾帼典型');
  });
});

describe('shortDescription', () => {
  it('joins lines and cuts long text at the limit with an ellipsis', () => {
    expect(shortDescription('第一行\n  第二行 ')).toBe('第一行 第二行');
    const long = '妇'.repeat(DESCRIPTION_LIMIT + 5);
    const cut = shortDescription(long);
    expect([...cut]).toHaveLength(DESCRIPTION_LIMIT);
    expect(cut.endsWith('…')).toBe(true);
    expect(shortDescription('妇'.repeat(DESCRIPTION_LIMIT))).toBe('妇'.repeat(DESCRIPTION_LIMIT));
  });
});

describe('ogLocale / itemType', () => {
  it('maps each script to an Open Graph locale', () => {
    expect(ogLocale('zh-Hans')).toBe('zh_CN');
    expect(ogLocale('zh-Hant')).toBe('zh_HK');
  });

  it('names a schema.org type for each page type', () => {
    expect(itemType('article')).toBe('https://schema.org/NewsArticle');
    expect(itemType('profile')).toBe('https://schema.org/ProfilePage');
    expect(itemType('website')).toBe('https://schema.org/WebPage');
  });
});

describe('metaTags', () => {
  it('gives an article every tag a shared link is read from', () => {
    const tags = metaTags(article);
    expect(contents(tags)).toEqual({
      description: article.description,
      'og:site_name': '巾帼之窗',
      'og:type': 'article',
      'og:title': article.title,
      'og:description': article.description,
      'og:url': article.url,
      'og:locale': 'zh_CN',
      'og:image': 'https://jinguo.example.cn/_astro/cover.jpeg',
      'og:image:type': 'image/jpeg',
      'og:image:width': '600',
      'og:image:height': '338',
      'og:image:alt': '示意插图',
      'article:published_time': '2024-04-15T16:00:00.000Z',
      'itemprop:name': article.title,
      'itemprop:description': article.description,
      'itemprop:image': 'https://jinguo.example.cn/_astro/cover.jpeg',
    });
    expect(tags.filter((tag) => tag.tag === 'link').map((tag) => tag.attrs)).toEqual([
      { rel: 'canonical', href: article.url },
      {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: '巾帼之窗全部新闻',
        href: 'https://jinguo.example.cn/rss.xml',
      },
    ]);
  });

  it('adds the modified time when an article was updated, and no dates on other pages', () => {
    const updated = contents(metaTags({ ...article, modified: new Date('2024-05-01T02:00:00Z') }));
    expect(updated['article:modified_time']).toBe('2024-05-01T02:00:00.000Z');
    const profile = contents(metaTags({ ...article, type: 'profile', lang: 'zh-Hant' }));
    expect(profile['article:published_time']).toBeUndefined();
    expect(profile['og:type']).toBe('profile');
    expect(profile['og:locale']).toBe('zh_HK');
  });

  it('shortens the description the same way everywhere it appears', () => {
    const long = { ...article, description: '执委'.repeat(100) };
    const values = contents(metaTags(long));
    expect([...values.description!]).toHaveLength(DESCRIPTION_LIMIT);
    expect(values['og:description']).toBe(values.description);
    expect(values['itemprop:description']).toBe(values.description);
  });

  it('keeps a noindex page out of search engines and gives it no canonical', () => {
    const tags = metaTags({ ...article, type: 'website', noindex: true });
    expect(contents(tags).robots).toBe('noindex');
    expect(tags.some((tag) => tag.attrs.rel === 'canonical')).toBe(false);
  });
});
