import { createHash } from 'node:crypto';

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
  const parts: string[] = [];
  feed(parts, props, new Set());
  // One update of the joined text: thousands of small updates per page cost more than the hashing.
  return createHash('sha256').update(parts.join('')).digest('base64url');
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

function feed(parts: string[], value: unknown, path: Set<object>): void {
  switch (typeof value) {
    case 'string':
      // The length keeps ["ab", "c"] and ["a", "bc"] apart.
      parts.push(`s${value.length}:`, value);
      return;
    case 'number':
    case 'boolean':
    case 'bigint':
      parts.push(`${(typeof value)[0]}${String(value)};`);
      return;
    case 'undefined':
      parts.push('u;');
      return;
    case 'function':
    case 'symbol':
      throw new TypeError('Page props must be plain data to key a page: found a function or symbol');
  }
  if (value === null) {
    parts.push('n;');
    return;
  }
  const object = value as object;
  if (path.has(object)) throw new TypeError('Page props must be plain data to key a page: found a cycle');
  path.add(object);
  if (object instanceof Date) parts.push(`d${Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString()};`);
  else if (object instanceof URL) parts.push(`l${object.href.length}:${object.href}`);
  else if (Array.isArray(object) || object instanceof Set) {
    parts.push(object instanceof Set ? 'S[' : '[');
    for (const item of object) feed(parts, item, path);
    parts.push(']');
  } else if (object instanceof Map) {
    parts.push('M[');
    for (const [key, item] of object) {
      feed(parts, key, path);
      feed(parts, item, path);
    }
    parts.push(']');
  } else if (isContentEntry(object)) {
    parts.push(`e${object.collection}/${object.id}@${object.digest}`);
    feed(parts, object.data, path);
  } else {
    parts.push('{');
    for (const [key, item] of Object.entries(object)) {
      feed(parts, key, path);
      feed(parts, item, path);
    }
    parts.push('}');
  }
  path.delete(object);
}
