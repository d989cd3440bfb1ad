import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { htmlFiles } from '../lib/html-files.ts';
import type { EntryPage } from './entry-pages.ts';
import { loadManifest } from './load.ts';
import { serializeManifest, type UrlManifest } from './manifest.ts';
import { reconcileBuiltPages, reconcileEntries } from './reconcile.ts';
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
  written: boolean;
}

/**
 * Records entries' new pages and aliases in the manifest before the pages are
 * rendered, so that every page can show its short link. Callers have already
 * checked that no URL is lost.
 */
export function recordEntryUrls(root: string, pages: readonly EntryPage[], write: boolean): RecordedUrls {
  const loaded = loadManifest(root);
  const { manifest, added } = reconcileEntries(loaded.records, pages);
  const text = serializeManifest(manifest);
  const changed = text !== loaded.text;
  if (write && changed) writeFileSync(loaded.absolute, text);
  return {
    manifest,
    added: added.map((path) => ({ path, ...(manifest.get(path)?.short ? { short: manifest.get(path)?.short } : {}) })),
    written: write && changed,
  };
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
 * Page paths of a built site, as the manifest spells them: `/news/2024/x/`, `/old.html`. The editor under
 * /admin/ is no page for readers, and no URL the site promises to keep.
 */
export function builtPagePaths(dist: string): Set<string> {
  return new Set(
    htmlFiles(dist)
      .map((file) => `/${file}`)
      .filter((path) => path !== '/404.html' && !path.startsWith('/admin/'))
      .map((path) => path.replace(/(^|\/)index\.html$/, '$1')),
  );
}

/**
 * After the build: records the generated pages, then writes a redirect page for
 * every old URL and short link, `_redirects` and an nginx map include.
 */
export function publishRedirects(
  root: string,
  dist: string,
  options: { titles: ReadonlyMap<string, string>; text: (to: string) => RedirectPageText; origin: string },
): PublishedRedirects {
  const loaded = loadManifest(root);
  const built = builtPagePaths(dist);
  const { manifest, redirected, added } = reconcileBuiltPages(loaded.records, built);
  const redirects = redirectsOf(manifest, options.titles);
  const shadowed: string[] = [];
  let written = 0;
  for (const redirect of redirects) {
    if (built.has(redirect.from)) {
      shadowed.push(redirect.from);
      continue;
    }
    const file = resolve(dist, redirectFile(redirect.from));
    // Aliases are checked to stay on this site; this keeps a malformed one from writing outside dist all the same.
    if (!file.startsWith(resolve(dist))) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redirectPage(redirect, options.origin, options.text(redirect.to)));
    written++;
  }
  const served = redirects.filter((redirect) => !shadowed.includes(redirect.from));
  writeFileSync(join(dist, '_redirects'), netlifyRedirects(served));
  writeFileSync(join(dist, 'nginx-redirects.conf'), nginxMap(served));
  const text = serializeManifest(manifest);
  if (text !== loaded.text) writeFileSync(loaded.absolute, text);
  return { redirected, added, pages: written, shadowed };
}
