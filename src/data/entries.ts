import { getCollection, type CollectionEntry } from 'astro:content';
import type { Script } from '../schemas/shared.ts';

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
      getCollection('news', (entry) => isPublished(entry)),
      getCollection('brands'),
      getCollection('people'),
      getCollection('columns'),
    ]);
    return {
      cities: byId(cities),
      news: news.sort(newestFirst),
      brands: byId(brands),
      people: byId(people),
      columns: byId(columns),
    };
  })();
  return index;
}

/** Drafts appear only in `astro dev`. */
export function isPublished(entry: News): boolean {
  return import.meta.env.DEV || !entry.data.draft;
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
