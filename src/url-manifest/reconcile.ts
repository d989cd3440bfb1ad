import type { EntryPage } from './entry-pages.ts';
import type { UrlManifest, UrlRecord } from './manifest.ts';
import { shortCode } from './short-codes.ts';

export interface LostUrl {
  path: string;
  /** What the manifest said the URL was. */
  was: UrlRecord;
  /** The entry that had the URL, when it still exists but no longer has a page there (draft, future date). */
  entry?: EntryPage;
}

export interface EntryReconciliation {
  manifest: UrlManifest;
  /** Entry URLs the manifest promises and the content no longer provides. */
  lost: LostUrl[];
  /** URLs recorded for the first time. */
  added: string[];
}

/**
 * Checks the entries' pages and aliases against the manifest and records new
 * ones. A URL an entry once had must still be its page, an alias of some entry,
 * or the page saying it was withdrawn; anything else is lost.
 */
export function reconcileEntries(previous: UrlManifest, pages: readonly EntryPage[]): EntryReconciliation {
  const live = [...pages].filter((page) => page.live).sort((a, b) => compare(a.key, b.key));
  const claimed = new Map<string, { page: EntryPage; alias: boolean }>();
  for (const page of live) claimed.set(page.path, { page, alias: false });
  // Duplicate or page-shadowing aliases are the content checker's to report; the first claim stands here.
  for (const page of live)
    for (const { path } of page.aliases) if (!claimed.has(path)) claimed.set(path, { page, alias: true });

  const lost: LostUrl[] = [];
  for (const [path, record] of previous) {
    if (!record.entry || claimed.has(path)) continue;
    const entry = pages.find((page) => page.path === path && !page.live);
    lost.push({ path, was: record, ...(entry ? { entry } : {}) });
  }

  const next: UrlManifest = new Map(previous);
  const added: string[] = [];
  const taken = new Set([...previous.values()].flatMap((record) => (record.short ? [record.short] : [])));
  for (const page of live) {
    let short = previous.get(page.path)?.short;
    if (page.hasShortLink && !short) {
      // A renamed entry keeps the code printed on paper under its old URL.
      const inherited = page.aliases.find(({ path }) => {
        const old = previous.get(path);
        return old?.short && !old.to && claimed.get(path)?.page === page;
      });
      if (inherited) {
        short = previous.get(inherited.path)?.short;
        next.set(inherited.path, withoutShort(previous.get(inherited.path)));
      } else {
        short = shortCode(page.key, taken);
        taken.add(short);
      }
    }
    next.set(page.path, { entry: page.key, ...(short ? { short } : {}) });
    if (!previous.has(page.path)) added.push(page.path);
  }
  for (const [path, { page, alias }] of claimed) {
    if (!alias) continue;
    // An old page keeps its own short code when the entry it now leads to has one already: both codes still work.
    const short = next.get(path)?.short;
    next.set(path, { entry: page.key, ...(short ? { short } : {}), to: page.path });
    if (!previous.has(path)) added.push(path);
  }
  return { manifest: next, lost, added: added.sort(compare) };
}

export interface PageReconciliation {
  manifest: UrlManifest;
  /** Generated pages (lists, tags, later pages of a list) that are gone, with where they now redirect. */
  redirected: { path: string; to: string }[];
  added: string[];
}

/**
 * Records every page a build wrote. A generated page that is gone (a tag no
 * longer used, page 7 of a shorter list) redirects to the nearest page above it.
 */
export function reconcileBuiltPages(previous: UrlManifest, built: ReadonlySet<string>): PageReconciliation {
  const next: UrlManifest = new Map(previous);
  const redirected: { path: string; to: string }[] = [];
  const added: string[] = [];
  for (const [path, record] of previous) {
    if (record.entry) continue;
    if (built.has(path)) {
      next.set(path, {});
      continue;
    }
    const to = nearestPage(path, built);
    next.set(path, { to });
    if (record.to !== to) redirected.push({ path, to });
  }
  for (const path of built) {
    if (next.has(path)) continue;
    next.set(path, {});
    added.push(path);
  }
  return { manifest: next, redirected, added: added.sort(compare) };
}

/** `/tags/x/page/3/` → `/tags/x/` if it exists, else `/tags/`, else `/`. */
export function nearestPage(path: string, built: ReadonlySet<string>): string {
  let candidate = path.replace(/page\/\d+\/$/, '');
  while (candidate !== '/') {
    if (candidate !== path && built.has(candidate)) return candidate;
    candidate = candidate.replace(/[^/]+\/?$/, '');
    if (!candidate.endsWith('/')) candidate += '/';
  }
  return '/';
}

/** Where a URL finally leads, following redirects: a chain of renames ends at the current page. */
export function finalTarget(manifest: UrlManifest, path: string): string {
  let current = path;
  for (let hop = 0; hop < 20; hop++) {
    const to = manifest.get(current)?.to;
    if (!to || to === current) return current;
    current = to;
  }
  return current;
}

function withoutShort(record: UrlRecord | undefined): UrlRecord {
  const { short: _short, ...rest } = record ?? {};
  return rest;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
