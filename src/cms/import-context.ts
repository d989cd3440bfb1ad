import { openingParagraph, type ContentRecord, type SiteContent } from '../import/context.ts';
import { isoDay } from '../lib/dates.ts';

/** An entry as Astro's content collections give it: what the importer's context is made from. */
export interface CollectionRecord {
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
  filePath?: string | undefined;
}

export interface SiteEntries {
  cities: readonly CollectionRecord[];
  brands: readonly CollectionRecord[];
  people: readonly CollectionRecord[];
  news: readonly CollectionRecord[];
  urls: Iterable<string>;
  /** site.requireReview: the importer then asks for a reviewer the article does not name. */
  requireReview: boolean;
}

/** The longest opening paragraph kept: the importer compares the first 80 letters of each (src/import/index.ts). */
const OPENING = 240;

/**
 * What the editor's import screen tells the importer about the site (src/import/context.ts `importContextOf`
 * makes the context from it, in the browser as `npm run import` does in Node): each entry cut down to the fields
 * the importer reads, so the file stays small at thousands of articles. Written by the build to
 * /admin/import-context.json; reader pages never load it.
 */
export function importSiteContent(site: SiteEntries): Omit<SiteContent, 'now'> & { urls: string[] } {
  const named = (record: CollectionRecord): ContentRecord => ({ id: record.id, data: { name: record.data.name } });
  return {
    cities: site.cities.map(({ id, data }) => ({
      id,
      data: { name: data.name, federation: data.federation, wechat: data.wechat, lang: data.lang },
    })),
    brands: site.brands.map(named),
    people: site.people.map(named),
    news: site.news.map(({ id, data, body, filePath }) => ({
      id,
      // A date as the file gives it (Beijing's calendar day), not the UTC instant it was read into.
      data: { title: data.title, date: data.date instanceof Date ? isoDay(data.date) : data.date },
      ...(body ? { body: opening(body) } : {}),
      file: `content/news/${id}${filePath?.endsWith('.mdx') ? '.mdx' : '.md'}`,
    })),
    newsFolder: 'content/news',
    urls: [...site.urls],
    requireReview: site.requireReview,
  };
}

/** The body's opening paragraph, no longer than the importer compares. */
function opening(body: string): string {
  const first = openingParagraph(body);
  return first ? [...first].slice(0, OPENING).join('') : '';
}
