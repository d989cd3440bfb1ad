/**
 * Where the built search index lives in `dist/` (and on the site), shared by
 * the indexer, the search page, the tests and the benchmark. Everything but
 * the entry file is in a folder named by the index's contents, so that a
 * browser or a CDN that kept a file of an earlier build never mixes it with
 * this one: the entry names the folder and is the one file to serve fresh.
 */
export const searchAssets = {
  /** The index's folder, relative to `dist/`. */
  dir: 'search-index',
  /** The entry file (`IndexMeta`), relative to `dist/` (and the site root). */
  meta: 'search-index/meta.json',
} as const;

/** Files of one build's index, relative to its folder (`IndexMeta.folder`). */
export const indexFiles = {
  /** Filters and names of every page, and where its record is (`format.ts`: `writePages`). */
  pages: 'pages.bin',
  /** The terms of bucket `n` (`format.ts`: `writeBucket`). */
  bucket: (bucket: number) => `terms/${bucket.toString(16)}.bin`,
  /** Record file `n`: each page's head and compressed text, fetched in ranges (`records.ts`). */
  records: (file: number) => `records/${file}.bin`,
  /** Names to suggest when nothing is found, with their pinyin and the homophones of their syllables. */
  suggest: 'suggest.json',
} as const;
