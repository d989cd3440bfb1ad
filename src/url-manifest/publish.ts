import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside, normaliseSitePath } from '../safety/site-paths.ts';
import { searchAssets } from '../search/core/assets.ts';
import { filesUnder, type ListedFile } from '../lib/html-files.ts';
import type { EntryPage } from './entry-pages.ts';
import type { UrlManifest } from './manifest.ts';
import { reconcileBuiltPages, reconcileEntries } from './reconcile.ts';
import { loadManifest, saveManifest } from './store.ts';
import {
  netlifyRedirects,
  nginxMap,
  redirectFile,
  redirectPage,
  redirectsOf,
  type RedirectPageText,
} from './redirect-files.ts';

export interface RecordedUrls {
  manifest: UrlManifest;
  /** New URLs, with the short link of those that have one. */
  added: { path: string; short?: string }[];
  /** Whether what was saved differs from the committed manifest. */
  written: boolean;
}

/**
 * Records entries' new pages and aliases, read from the committed manifest,
 * into `into`: a build's draft, before the pages are rendered, so that every
 * page can show its short link (`src/data/short-links.ts` reads the draft);
 * the committed manifest itself for `npm run urls -- --accept`; nowhere when
 * undefined. Callers have already checked that no URL is lost.
 */
export function recordEntryUrls(root: string, pages: readonly EntryPage[], into: string | undefined): RecordedUrls {
  const loaded = loadManifest(root);
  const { manifest, added } = reconcileEntries(loaded.records, pages);
  const written = into ? saveManifest(into, manifest) !== loaded.text : false;
  return {
    manifest,
    added: added.map((path) => ({ path, ...(manifest.get(path)?.short ? { short: manifest.get(path)?.short } : {}) })),
    written,
  };
}

/**
 * What the build writes after the redirect pages — the search index, the
 * editor's files, the sitemap — as paths relative to `dist`: no redirect goes
 * there, though nothing is there yet. nginx answers a redirect before it looks
 * for a file: a redirect from `/search-index/meta.json` would break search on
 * every page.
 */
const FILLED_LATER = [
  new RegExp(`^${searchAssets.dir}(?:/|$)`),
  /^admin(?:\/|$)/,
  /^sitemap-(?:index|\d+)\.xml(?:\/|$)/,
];

/** Everything the build has written (`filesUnder(dist)`), links too, in lower case (some hosts ignore case). */
export function occupiedFiles(files: readonly ListedFile[]): Set<string> {
  return new Set(files.map(({ path }) => path.toLowerCase()));
}

/**
 * Where the redirect page for an old URL goes, or nothing when it must not be
 * written: a path that does not normalise, a file outside `dist` (by
 * `path.relative`, not a string prefix), or a file the build has written or
 * one inside it (a page, an asset, a feed, a file from public/), in any case,
 * or a place it fills later (`FILLED_LATER`).
 * The content checker refuses such aliases with the line; this is the
 * guarantee that none replaces a page of the site when it did not.
 */
export function redirectTarget(dist: string, from: string, occupied: ReadonlySet<string>): string | undefined {
  const normalised = normaliseSitePath(from);
  if ('error' in normalised) return undefined;
  const relativeFile = redirectFile(normalised.path);
  const target = resolve(dist, relativeFile);
  if (!isInside(resolve(dist), target)) return undefined;
  const key = relativeFile.toLowerCase();
  if (FILLED_LATER.some((pattern) => pattern.test(key))) return undefined;
  const parts = key.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    if (occupied.has(parts.slice(0, depth).join('/'))) return undefined;
  }
  return target;
}

export interface PublishedRedirects {
  /** Generated pages that are gone and now redirect to the page above them. */
  redirected: { path: string; to: string }[];
  /** Generated pages recorded for the first time. */
  added: string[];
  /** Redirect pages written into the site, short links included. */
  pages: number;
  /** Aliases that are real pages of this build: the page is kept and the alias ignored. */
  shadowed: string[];
}

/**
 * Page paths of a built site (`filesUnder(dist)`), as the manifest spells them: `/news/2024/x/`, `/old.html`.
 * The editor under /admin/ is no page for readers, and no URL the site promises to keep.
 */
export function builtPagePaths(files: readonly ListedFile[]): Set<string> {
  return new Set(
    files
      .filter(({ path, plain }) => plain && path.endsWith('.html'))
      .map(({ path }) => `/${path}`)
      .filter((path) => path !== '/404.html' && !path.startsWith('/admin/'))
      .map((path) => path.replace(/(^|\/)index\.html$/, '$1')),
  );
}

/**
 * After the pages are written: records the generated pages in the build's
 * draft of the manifest (`draft`, made by `recordEntryUrls`), then writes a
 * redirect page for every old URL and short link, `_redirects` and an nginx
 * map include.
 */
export function publishRedirects(
  root: string,
  dist: string,
  options: {
    draft: string;
    titles: ReadonlyMap<string, string>;
    text: (to: string) => RedirectPageText;
    origin: string;
  },
): PublishedRedirects {
  const loaded = loadManifest(root, options.draft);
  // One listing of the built site for both: at 10,000 articles each took a few tenths of a second.
  const files = filesUnder(dist);
  const built = builtPagePaths(files);
  const { manifest, redirected, added } = reconcileBuiltPages(loaded.records, built);
  const redirects = redirectsOf(manifest, options.titles);
  const shadowed: string[] = [];
  const occupied = occupiedFiles(files);
  let written = 0;
  for (const redirect of redirects) {
    const target = redirectTarget(dist, redirect.from, occupied);
    if (!target) {
      shadowed.push(redirect.from);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, redirectPage(redirect, options.origin, options.text(redirect.to)));
    occupied.add(relative(dist, target).split(sep).join('/').toLowerCase());
    written++;
  }
  const served = redirects.filter((redirect) => !shadowed.includes(redirect.from));
  writeFileSync(join(dist, '_redirects'), netlifyRedirects(served));
  writeFileSync(join(dist, 'nginx-redirects.conf'), nginxMap(served));
  saveManifest(options.draft, manifest);
  return { redirected, added, pages: written, shadowed };
}
