import { createHash } from 'node:crypto';
import { INDEX_LANGUAGE } from '../../core/tokens.ts';

/**
 * The search index is written in shards — one per year of news, one for
 * every other entry — so that a build indexes, and holds in memory, one
 * shard at a time, and a rebuild re-indexes only the shards whose pages
 * changed. The browser merges them at query time (Pagefind's `mergeIndex`).
 */
export const ENTRIES_SHARD = 'entries';

/**
 * Most pages one shard holds. A shard's Pagefind process needs about 1 GB
 * per 1,000 pages, so a year with more pages than this is split into equal
 * parts: the memory a build needs stops growing with the number of articles
 * a year, and two shards indexed at once stay within a small CI machine.
 * Every shard more costs a reader's first search a few requests more.
 */
export const MAX_SHARD_PAGES = 1200;

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
 * The language a shard is indexed under. Pagefind names a page by a short
 * hash of what it indexed, unique within one index, and prefixes it with the
 * index's language (`und_88aca2b`); a result is shown from the display
 * record named by that id, one folder for every shard. Ids of two shards
 * filed under one language clashed about once in five builds at 10,000
 * pages, and a clash costs a shard indexed again (see `id-clashes.ts`).
 * Under a language of its own, a shard's ids cannot meet another's unless
 * the two tags coincide (1 in 46,656 a pair). The primary shard keeps the
 * index language; in the browser each merged shard, holding one language,
 * is read under it whatever the page asks for (Pagefind falls back to a
 * bundle's only language). The tag is `x` and three base-36 characters: no
 * language Pagefind knows, so nothing is stemmed or segmented, and an id no
 * longer than `und_…` but by one character.
 */
export function shardLanguage(name: string): string {
  if (name === ENTRIES_SHARD) return INDEX_LANGUAGE;
  const tag = hashNumber(name) % 36 ** 3;
  return `x${tag.toString(36).padStart(3, '0')}`;
}

/** A built page's fingerprint, kept instead of its HTML while the shards are planned; text or its UTF-8 bytes. */
export function pageHash(html: string | Buffer): string {
  return createHash('sha256').update(html).digest('hex');
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
