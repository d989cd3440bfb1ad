import { getCollection, type CollectionEntry } from 'astro:content';
import type { Script } from '../schemas/shared.ts';
import { isListed, publicationState, type PublicationState } from '../lib/publishing.ts';
import { buildRun } from '../build/options.ts';

export type City = CollectionEntry<'cities'>;
export type News = CollectionEntry<'news'>;
export type Brand = CollectionEntry<'brands'>;
export type Person = CollectionEntry<'people'>;
export type Column = CollectionEntry<'columns'>;

export interface ContentIndex {
  cities: Map<string, City>;
  news: News[];
  brands: Map<string, Brand>;
  people: Map<string, Person>;
  columns: Map<string, Column>;
  /** Taken-down entries: each keeps a page saying so, and appears nowhere else. */
  withdrawn: (News | Person | Brand)[];
}

let index: Promise<ContentIndex> | undefined;

/**
 * Loads every collection once per build. The content checker has already
 * proved every reference resolves, so lookups below may assume they do.
 */
export function getContentIndex(): Promise<ContentIndex> {
  index ??= (async () => {
    const [cities, news, brands, people, columns] = await Promise.all([
      getCollection('cities'),
      getCollection('news'),
      getCollection('brands'),
      getCollection('people'),
      getCollection('columns'),
    ]);
    const withdrawn = [...news, ...brands, ...people].filter((entry) => stateOf(entry) === 'withdrawn');
    return {
      cities: byId(cities),
      news: news.filter(isPublished).sort(newestFirst),
      brands: byId(brands.filter(isPublished)),
      people: byId(people.filter(isPublished)),
      columns: byId(columns),
      withdrawn,
    };
  })();
  return index;
}

/** The moment this build started (set by the content guard, so pages and checks agree): an item dated later is not yet published. */
const { time: buildTime } = buildRun();

export function stateOf(entry: News | Brand | Person): PublicationState {
  return publicationState(entry.data, buildTime);
}

/**
 * Listed on the site. Drafts and future-dated items appear only in `astro dev`, with a banner saying so.
 * The content guard says which command runs: `import.meta.env.DEV` follows NODE_ENV, which a
 * test runner may set to `test` for a production build.
 */
export function isPublished(entry: News | Brand | Person): boolean {
  const state = stateOf(entry);
  return isListed(state) || (buildRun().command === 'dev' && state !== 'withdrawn');
}

export function newestFirst(a: News, b: News): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

export function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Looks up a reference the checker has already validated. */
export function resolve<T>(map: Map<string, T>, ref: { id: string }): T {
  const found = map.get(ref.id);
  if (!found) throw new Error(`Unresolved reference ${ref.id}: run npm run check`);
  return found;
}

/** The script an entry is written in: its own `lang`, else its city's. */
export function scriptOf(entry: News | Brand | Person | Column, cities: Map<string, City>): Script {
  return entry.data.lang ?? resolve(cities, entry.data.city).data.lang;
}
