import { site } from '../../src/config/site.ts';
import { checkContent, type Problem } from '../../src/content-check/index.ts';
import { entryPages } from '../../src/url-manifest/entry-pages.ts';
import { loadManifest } from '../../src/url-manifest/store.ts';
import { recordEntryUrls } from '../../src/url-manifest/publish.ts';
import { reconcileEntries } from '../../src/url-manifest/reconcile.ts';
import { paths } from '../../src/lib/urls.ts';

export interface UrlReport {
  problems: Problem[];
  /** URLs the manifest does not hold yet. */
  added: { path: string; short?: string }[];
  /** Each entry's page and short link, for the files asked about (all entries when none). */
  links: { file: string; url: string; short?: string; recorded: boolean }[];
  written: boolean;
}

/** What `npm run urls` shows: new URLs to review, and the links staff paste into WeChat. */
export function urlReport(root: string, options: { files?: string[]; accept?: boolean; now?: Date } = {}): UrlReport {
  const now = options.now ?? new Date();
  const { entries, problems } = checkContent(root, { now });
  const pages = entryPages(entries, now);
  // A manifest that cannot be read is among the problems (file and line); nothing is read from it then.
  if (problems.length > 0) return { problems, added: [], links: [], written: false };
  const before = loadManifest(root).records;
  const { manifest, added } = reconcileEntries(before, pages);
  const written = options.accept ? recordEntryUrls(root, pages, true).written : false;
  const wanted = new Set((options.files ?? []).map((file) => file.replaceAll('\\', '/').replace(/^\.\//, '')));
  const links = pages
    .filter((page) => page.live && (wanted.size === 0 || wanted.has(page.file)))
    .map((page) => {
      const short = manifest.get(page.path)?.short;
      return {
        file: page.file,
        url: new URL(page.path, site.url).href,
        ...(short ? { short: new URL(paths.short(short), site.url).href } : {}),
        recorded: before.has(page.path),
      };
    });
  return {
    problems,
    added: added.map((path) => ({ path, ...(manifest.get(path)?.short ? { short: manifest.get(path)?.short } : {}) })),
    links,
    written,
  };
}
