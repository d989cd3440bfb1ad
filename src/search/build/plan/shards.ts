import { createHash } from 'node:crypto';

/**
 * The search index is built in shards — one per year of news, one for every
 * other entry — so that a worker indexes, and holds in memory, one shard at
 * a time, a year can be indexed as soon as Astro has written it, and a
 * rebuild re-indexes only the shards whose pages changed. The shards are
 * merged into one index when the site is built (`index/merge.ts`).
 */
export const ENTRIES_SHARD = 'entries';

/**
 * Most pages one shard holds (a shard numbers its pages in 11 bits: see
 * `index/postings.ts`). A year with more is split into equal parts, so that
 * the memory a worker needs stops growing with the number of articles a
 * year, and an edit re-indexes one part.
 */
export const MAX_SHARD_PAGES = 400;

/** The shard a record page belongs to, from its URL: `/news/2024/…` → `news-2024`. */
export function shardOf(url: string): string {
  const year = /^\/news\/(\d{4})\//.exec(url)?.[1];
  return year ? `news-${year}` : ENTRIES_SHARD;
}

/** The folder a news shard's pages are built in (`news-2024.1` → `news/2024`); none for the entries shard. */
export function shardFolder(name: string): string | undefined {
  const year = /^news-(\d{4})(?:\.\d+)?$/.exec(name)?.[1];
  return year ? `news/${year}` : undefined;
}

/**
 * Record pages grouped by shard, shards in name order (the first is the
 * primary index), pages in URL order. A shard over `maxPages` becomes
 * `name.1`, `name.2`, …: each page goes to the part its URL hashes to, so
 * an edit changes one part, and the parts are only dealt afresh when the
 * year grows past another multiple of `maxPages`.
 */
export function groupByShard<T extends { url: string }>(pages: T[], maxPages = MAX_SHARD_PAGES): Map<string, T[]> {
  const groups = new Map<string, T[]>([[ENTRIES_SHARD, []]]);
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const shard = shardOf(page.url);
    const group = groups.get(shard);
    if (group) group.push(page);
    else groups.set(shard, [page]);
  }
  const shards = new Map<string, T[]>();
  for (const [name, group] of groups) {
    if (group.length <= maxPages) {
      shards.set(name, group);
      continue;
    }
    const parts = Math.ceil(group.length / maxPages);
    const split = Array.from({ length: parts }, () => [] as T[]);
    for (const page of group) split[partOf(page.url, parts)]!.push(page);
    split.forEach((part, index) => part.length > 0 && shards.set(`${name}.${index + 1}`, part));
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Which of `parts` equal parts a URL falls into, the same on every build. */
function partOf(url: string, parts: number): number {
  return hashNumber(url) % parts;
}

/** A number from a hash of `text`: the same on every build and machine. */
function hashNumber(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/**
 * The key a shard is cached under: everything its index is made from — the
 * indexer's version and each page's URL and built HTML (by `pageHash`). A
 * page that renders the same leaves its shard's key, and its cached index,
 * as they were.
 */
export function shardKey(version: string, pages: readonly { url: string; hash: string }[]): string {
  const hash = createHash('sha256').update(version);
  for (const page of pages) hash.update(`\0${page.url}\0${page.hash}`);
  return hash.digest('hex').slice(0, 20);
}
