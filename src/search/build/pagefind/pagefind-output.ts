import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind 1.6 writes at the start of every fragment, after gzip. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** A record as it is handed to Pagefind (`addCustomRecord`). */
export interface PagefindInput {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function sortedByKey<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The id Pagefind 1.6 gives a custom record: its language, `_`, and the first
 * seven hex digits of the SHA-1 of the page's fragment as Pagefind writes it
 * (fields in this order, maps sorted by key, each byte in hex without its
 * leading zero). Where two pages of one index share the seven digits,
 * Pagefind lengthens the later one's id (about once in 500 shards of 1,000
 * pages), so this is a prediction: `pageIdsOf` settles every id.
 */
export function predictPageId({ url, content, language, meta, filters }: PagefindInput): string {
  const fragment = JSON.stringify({
    url,
    content,
    word_count: wordCount(content),
    filters: sortedByKey(filters),
    meta: sortedByKey(meta),
    anchors: [],
  });
  const digest = createHash('sha1').update(fragment).digest();
  let hex = '';
  for (const byte of digest) hex += byte.toString(16);
  return `${language}_${hex.slice(0, 7)}`;
}

/** Words separated by spaces, counted without splitting the text: an array of a page's words cost more than its hash. */
function wordCount(content: string): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < content.length; at++) {
    const space = content.charCodeAt(at) === 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function fragmentFile(bundleDir: string, id: string): string {
  return join(bundleDir, 'fragment', `${id}.pf_fragment`);
}

/**
 * Lays down an empty fragment file under each id, before Pagefind writes the
 * bundle. Pagefind leaves a fragment whose file exists as it is, neither
 * writing nor compressing it (at its highest level: a tenth of its writing
 * time), and the site never serves fragments (see `readPageIds`).
 */
export function reserveFragments(bundleDir: string, ids: Iterable<string>): void {
  mkdirSync(join(bundleDir, 'fragment'), { recursive: true });
  for (const id of ids) writeFileSync(fragmentFile(bundleDir, id), '');
}

/**
 * Pagefind's id for each URL it wrote a fragment for, read from the
 * fragments: the id a search result carries is its fragment's file name. The
 * search page fetches the display record named by that id directly, and so
 * never downloads the fragment (which holds the index's folded words, not the
 * text as written). Empty files are `reserveFragments`' and are passed over.
 * The fragment format is Pagefind's own; this fails the build loudly if a new
 * Pagefind writes something else.
 */
export function readPageIds(bundleDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of globSync('fragment/*.pf_fragment', { cwd: bundleDir })) {
    if (statSync(join(bundleDir, file)).size === 0) continue;
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

/** `text` as a CBOR text string (major type 3), the way Pagefind's metadata holds page ids. */
function cborText(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length < 24) return Buffer.concat([Buffer.from([0x60 + bytes.length]), bytes]);
  if (bytes.length < 256) return Buffer.concat([Buffer.from([0x78, bytes.length]), bytes]);
  throw new Error(`a Pagefind page id of ${bytes.length} bytes`);
}

/**
 * Each URL's id once Pagefind has written the bundle: the predicted one
 * (`predictPageId`), unless Pagefind wrote a fragment of its own for the URL,
 * which it does when the prediction missed. Every id is then looked up in
 * Pagefind's metadata, the list of pages a search returns, so that no result
 * can name a display record that is not there.
 */
export function pageIdsOf(bundleDir: string, predicted: ReadonlyMap<string, string>): Map<string, string> {
  const ids = new Map([...predicted, ...readPageIds(bundleDir)]);
  const metaFiles = globSync('pagefind.*.pf_meta', { cwd: bundleDir });
  if (metaFiles.length !== 1) throw new Error(`Pagefind wrote ${metaFiles.length} metadata files, not one`);
  const meta = gunzipSync(readFileSync(join(bundleDir, metaFiles[0]!)));
  for (const [url, id] of ids)
    if (!meta.includes(cborText(id))) throw new Error(`Pagefind did not index ${url} under the id expected (${id})`);
  return ids;
}
