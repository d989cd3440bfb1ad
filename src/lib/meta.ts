import type { Script } from '../schemas/shared.ts';

/** One `<meta>` or `<link>` in the page head. */
export type HeadTag = { tag: 'meta' | 'link'; attrs: Record<string, string> };

export type PageType = 'website' | 'article' | 'profile';

export interface PageMeta {
  siteName: string;
  /** What the page is called on a share card: its own title, without the site name. */
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  lang: Script;
  type: PageType;
  image: { url: string; width: number; height: number; alt: string; type: string };
  published?: Date;
  modified?: Date;
  /** Feeds offered on the page, with absolute URLs. */
  feeds?: { title: string; url: string }[];
  /** Pages that must not be indexed (the 404 page): no canonical either. */
  noindex?: boolean;
}

/** Search results and WeChat cards cut descriptions off at about this many characters. */
export const DESCRIPTION_LIMIT = 120;

/** `文章标题 | 站名`, or `站名 | 标语` on the home page. */
export function pageTitle(title: string, site: { name: string; tagline: string }, isHome = false): string {
  return isHome || title === site.name ? `${site.name} | ${site.tagline}` : `${title} | ${site.name}`;
}

/** One line of plain text, at most DESCRIPTION_LIMIT characters, cut with an ellipsis. */
export function shortDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= DESCRIPTION_LIMIT ? line : `${chars.slice(0, DESCRIPTION_LIMIT - 1).join('')}…`;
}

/** Open Graph wants language_TERRITORY; it has no script-only form, so traditional script maps to zh_HK. */
export function ogLocale(lang: Script): string {
  return lang === 'zh-Hant' ? 'zh_HK' : 'zh_CN';
}

/** schema.org type for the `itemscope` the `itemprop` tags belong to. */
export function itemType(type: PageType): string {
  const types: Record<PageType, string> = {
    website: 'https://schema.org/WebPage',
    article: 'https://schema.org/NewsArticle',
    profile: 'https://schema.org/ProfilePage',
  };
  return types[type];
}

/**
 * Every tag a shared link is read from: description and canonical for search
 * engines, Open Graph for most apps, and `itemprop` name/description/image,
 * which WeChat and QQ read when a page has no signed JS-SDK.
 */
export function metaTags(meta: PageMeta): HeadTag[] {
  const description = shortDescription(meta.description);
  const meta_ = (key: 'name' | 'property' | 'itemprop', name: string, content: string): HeadTag => ({
    tag: 'meta',
    attrs: { [key]: name, content },
  });
  const tags: HeadTag[] = [meta_('name', 'description', description)];
  if (meta.noindex) tags.push(meta_('name', 'robots', 'noindex'));
  else tags.push({ tag: 'link', attrs: { rel: 'canonical', href: meta.url } });
  tags.push(
    meta_('property', 'og:site_name', meta.siteName),
    meta_('property', 'og:type', meta.type),
    meta_('property', 'og:title', meta.title),
    meta_('property', 'og:description', description),
    meta_('property', 'og:url', meta.url),
    meta_('property', 'og:locale', ogLocale(meta.lang)),
    meta_('property', 'og:image', meta.image.url),
    meta_('property', 'og:image:type', meta.image.type),
    meta_('property', 'og:image:width', String(meta.image.width)),
    meta_('property', 'og:image:height', String(meta.image.height)),
    meta_('property', 'og:image:alt', meta.image.alt),
  );
  if (meta.type === 'article' && meta.published) {
    tags.push(meta_('property', 'article:published_time', meta.published.toISOString()));
    if (meta.modified) tags.push(meta_('property', 'article:modified_time', meta.modified.toISOString()));
  }
  tags.push(
    meta_('itemprop', 'name', meta.title),
    meta_('itemprop', 'description', description),
    meta_('itemprop', 'image', meta.image.url),
  );
  for (const feed of meta.feeds ?? []) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: feed.url },
    });
  }
  return tags;
}
