import { paths } from '../lib/urls.ts';
import type { ExistingEntry, ImportContext, KnownCity, KnownName } from './model.ts';

/** An entry as read from its file: its id (the file name, `2024/x` for news), its frontmatter and body. */
export interface ContentRecord {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  /** The file, `content/news/2024/x.md`; news only. */
  file?: string;
}

/** What the importer is told about a site, as a caller reads it from the files (Node) or the repository (the editor). */
export interface SiteContent {
  cities: readonly ContentRecord[];
  brands: readonly ContentRecord[];
  people: readonly ContentRecord[];
  news: readonly ContentRecord[];
  /** Every URL in the URL manifest (`content/urls.jsonl`): a news URL there is taken even after its file is gone. */
  urls: Iterable<string>;
  newsFolder?: string;
  now?: Date;
  requireReview?: boolean;
}

/**
 * The importer's context from a site's entries, the same in Node and in the
 * browser: the cities with their names and WeChat accounts, every name with
 * a slug of its own, the news already there, and the news ids that are taken.
 */
export function importContextOf(site: SiteContent): ImportContext {
  const cities: KnownCity[] = site.cities.map(({ id, data }) => ({
    id,
    name: String(data.name ?? ''),
    federation: String(data.federation ?? ''),
    ...(typeof data.wechat === 'string' && data.wechat ? { wechat: data.wechat } : {}),
    lang: data.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans',
  }));
  const names: KnownName[] = [
    ...cities.map((city) => ({ name: city.name, slug: city.id })),
    ...[...site.brands, ...site.people].flatMap(({ id, data }) =>
      typeof data.name === 'string' && data.name ? [{ name: data.name, slug: id }] : [],
    ),
  ];
  const newsFolder = site.newsFolder ?? 'content/news';
  const existing = site.news.map(({ id, data, body, file }): ExistingEntry => {
    const date = data.date instanceof Date ? data.date.toISOString() : String(data.date ?? '');
    const firstParagraph = body === undefined ? undefined : openingParagraph(body);
    return {
      file: file ?? `${newsFolder}/${id}.md`,
      title: String(data.title ?? ''),
      ...(/^\d{4}-\d{2}-\d{2}/u.test(date) ? { day: date.slice(0, 10) } : {}),
      ...(firstParagraph ? { firstParagraph } : {}),
    };
  });
  const taken = new Set(site.news.map(({ id }) => id));
  const newsUrl = new RegExp(`^${paths.news('(\\d{4}/[^/]+)').replace(/\//gu, '\\/')}$`, 'u');
  for (const url of site.urls) {
    const id = newsUrl.exec(url)?.[1];
    if (id) taken.add(id);
  }
  return {
    cities,
    names,
    existing,
    taken,
    newsFolder,
    ...(site.now ? { now: site.now } : {}),
    ...(site.requireReview ? { requireReview: true } : {}),
  };
}

/** A body's first paragraph of prose: not a heading, a picture, markup or an MDX import. */
export function openingParagraph(body: string): string | undefined {
  return body
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .find((part) => part && !/^(#|!|<|import |export )/u.test(part));
}
