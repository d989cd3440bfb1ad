import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind 1.6 writes at the start of every fragment, after gzip. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Pagefind's id for each indexed URL, read from the fragments it wrote: the
 * id a search result carries is its fragment's file name. The search page
 * fetches the display record named by that id directly, and so never
 * downloads the fragment (which holds the index's folded words, not the
 * text as written). The fragment format is Pagefind's own; this fails the
 * build loudly if a new Pagefind writes something else.
 */
export function readPageIds(bundleDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of globSync('fragment/*.pf_fragment', { cwd: bundleDir })) {
    const id = file
      .replaceAll('\\', '/')
      .replace(/^fragment\//, '')
      .replace(/\.pf_fragment$/, '');
    const text = gunzipSync(readFileSync(join(bundleDir, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE))
      throw new Error(`${file}: not a Pagefind 1.6 fragment; check the pinned Pagefind version`);
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`${file}: a Pagefind fragment without a URL`);
    ids.set(url, id);
  }
  return ids;
}
