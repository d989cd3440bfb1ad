import { createHash, type Hash } from 'node:crypto';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and code are unchanged since the last build is copied from the
 * cache instead of rendered. Pages here show nothing but their props (queries
 * live in `src/data` and hand pages everything they need), so a digest of the
 * props is a key that changes whenever what the page shows changes.
 *
 * A content entry's body and rendered HTML are covered by Astro's own digest
 * of its file, which spares hashing every article twice; its parsed data is
 * still walked, as it holds resolved images whose files can change on their own.
 */
export function cacheKeyOf(props: unknown): string {
  const hash = createHash('sha256');
  feed(hash, props, new Set());
  return hash.digest('base64url');
}

/** `getStaticPaths` entries with a `cacheKey` from each one's props. */
export function withCacheKeys<T extends { props?: unknown }>(routes: readonly T[]): (T & { cacheKey: string })[] {
  return routes.map((route) => ({ ...route, cacheKey: cacheKeyOf(route.props) }));
}

interface EntryLike {
  id: string;
  collection: string;
  digest: string;
  data: unknown;
}

function isContentEntry(value: object): value is EntryLike {
  const entry = value as Partial<EntryLike>;
  return typeof entry.id === 'string' && typeof entry.collection === 'string' && typeof entry.digest === 'string';
}

function feed(hash: Hash, value: unknown, path: Set<object>): void {
  switch (typeof value) {
    case 'string':
      // The length keeps ["ab", "c"] and ["a", "bc"] apart.
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
    case 'boolean':
    case 'bigint':
      hash.update(`${(typeof value)[0]}${String(value)};`);
      return;
    case 'undefined':
      hash.update('u;');
      return;
    case 'function':
    case 'symbol':
      throw new TypeError('Page props must be plain data to key a page: found a function or symbol');
  }
  if (value === null) {
    hash.update('n;');
    return;
  }
  const object = value as object;
  if (path.has(object)) throw new TypeError('Page props must be plain data to key a page: found a cycle');
  path.add(object);
  if (object instanceof Date) hash.update(`d${Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString()};`);
  else if (object instanceof URL) hash.update(`l${object.href.length}:${object.href}`);
  else if (Array.isArray(object) || object instanceof Set) {
    hash.update(object instanceof Set ? 'S[' : '[');
    for (const item of object) feed(hash, item, path);
    hash.update(']');
  } else if (object instanceof Map) {
    hash.update('M[');
    for (const [key, item] of object) {
      feed(hash, key, path);
      feed(hash, item, path);
    }
    hash.update(']');
  } else if (isContentEntry(object)) {
    hash.update(`e${object.collection}/${object.id}@${object.digest}`);
    feed(hash, object.data, path);
  } else {
    hash.update('{');
    for (const [key, item] of Object.entries(object)) {
      feed(hash, key, path);
      feed(hash, item, path);
    }
    hash.update('}');
  }
  path.delete(object);
}
