import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder in a shard that holds its display records, one `<Pagefind id>.json` per page. */
export const RECORDS_DIR = 'records';

/** The Pagefind ids of one shard's pages. */
export interface ShardIds {
  name: string;
  /** Indexed by this build; false when taken from the cache. */
  fresh: boolean;
  ids: ReadonlySet<string>;
}

/** A page to index again under another id: its shard, and the id it shares with a page of another shard. */
export interface IdClash {
  shard: string;
  id: string;
}

/**
 * Pagefind names a page by a short hash of what it indexed, unique within
 * one index only; the display records of every shard share one folder, and
 * a result is shown from the record named by its id. Each shard's ids start
 * with its own language (`shardLanguage`), so two shards share an id only
 * when their tags coincide as well. Where shards share an
 * id, one of them keeps it — a cached one if any, so that the shard indexed
 * again is one this build indexed anyway, else the first — and every other
 * holder is named here, to be indexed again with that page changed.
 */
export function findIdClashes(shards: readonly ShardIds[]): IdClash[] {
  const holders = new Map<string, ShardIds[]>();
  for (const shard of shards)
    for (const id of shard.ids) {
      const list = holders.get(id);
      if (list) list.push(shard);
      else holders.set(id, [shard]);
    }
  const clashes: IdClash[] = [];
  for (const [id, list] of holders) {
    if (list.length < 2) continue;
    const keeper = list.find((shard) => !shard.fresh) ?? list[0]!;
    for (const shard of list) if (shard !== keeper) clashes.push({ shard: shard.name, id });
  }
  return clashes;
}

/** The ids of the display records in an indexed shard's folder. */
export function readShardIds(shardDir: string): Set<string> {
  return new Set(
    readdirSync(join(shardDir, RECORDS_DIR))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length)),
  );
}

/** The URL of the page a shard indexed under `id`. */
export function urlOfId(shardDir: string, id: string): string {
  return (JSON.parse(readFileSync(join(shardDir, RECORDS_DIR, `${id}.json`), 'utf8')) as { url: string }).url;
}

/**
 * The URL Pagefind is given for a page indexed again after a clash: the
 * page's own URL with `#` and a number. The id is a hash over the URL too,
 * so it changes; nothing a reader sees does (results are shown from display
 * records, and the URL is never shown from Pagefind).
 */
export function saltedUrl(url: string, salt: number | undefined): string {
  return salt ? `${url}#${salt}` : url;
}
