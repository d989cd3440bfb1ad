import { pinyinSlug } from './slug.ts';

/**
 * Every public path is built here, so that pages, links, feeds and the URL
 * manifest agree. Paths end in a slash, as the built `dist/` serves them.
 */
export const paths = {
  home: () => '/',
  cities: () => '/cities/',
  city: (id: string) => `/cities/${id}/`,
  newsIndex: () => '/news/',
  newsYear: (year: number | string) => `/news/${year}/`,
  /** News ids are `<yyyy>/<slug>`, the path under content/news. */
  news: (id: string) => `/news/${id}/`,
  brand: (id: string) => `/brands/${id}/`,
  brands: () => '/brands/',
  person: (id: string) => `/people/${id}/`,
  people: () => '/people/',
  column: (id: string) => `/columns/${id}/`,
  tag: (tag: string) => `/tags/${tagSlug(tag)}/`,
  tags: () => '/tags/',
  search: () => '/search/',
  /** A short permanent link (`/s/k7mq/`) that redirects to an entry; see src/url-manifest/. */
  short: (code: string) => `/s/${code}/`,
};

/** Pages every site has, whatever its content: the home page and the section indexes. */
export const sectionPaths: readonly string[] = [
  paths.home(),
  paths.cities(),
  paths.newsIndex(),
  paths.brands(),
  paths.people(),
  paths.tags(),
  paths.search(),
];

/** A site has a few dozen tags, each linked from thousands of pages: each is spelled in pinyin once. */
const tagSlugs = new Map<string, string>();

/** Tags are written in Chinese; their URL is pinyin, identical for simplified and traditional spellings. */
export function tagSlug(tag: string): string {
  let slug = tagSlugs.get(tag);
  if (slug === undefined) {
    slug = pinyinSlug(tag) || encodeURIComponent(tag);
    tagSlugs.set(tag, slug);
  }
  return slug;
}

/** Appends a page number the way every paginated list spells it: /news/page/2/. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** Public files that are not pages: feeds, share cards, crawler files. */
export const files = {
  feed: () => '/rss.xml',
  cityFeed: (id: string) => `/cities/${id}/rss.xml`,
  /** A share picture drawn at build time: one per city, and `site`. */
  shareCard: (name: string) => `/share/${name}.png`,
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
};

/** The full address of a site path, for links that leave the site: shares, feeds, QR codes. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}

/** A URL path with its percent-escapes decoded (`/news/%E5%90%89/` → `/news/吉/`); invalid encoding is kept as it is. */
export function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
