/** Where the built search lives in `dist/`, shared by the index builder, the search page and the tests. */
export const searchAssets = {
  /** Pagefind's bundle folder, relative to `dist/`. */
  bundleDir: 'pagefind',
  /** The script the search page imports. */
  pagefindScript: '/pagefind/pagefind.js',
  /** The fold table, relative to `dist/` (and the site root); it also lists the index shards the page merges. */
  foldTable: 'pagefind/fold.json',
  /** Pagefind's browser code, which only the primary shard carries: the other shards are index data only. */
  primaryOnlyFiles: /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/,
  /** Display records, `<Pagefind page id>.json`, relative to `dist/` (and the site root). */
  recordsDir: 'pagefind/records',
  /** Files Pagefind writes that this site does not use: ready-made interfaces, and the worker (see `client/engine.ts`). */
  unusedPagefindFiles: [
    'pagefind-worker.js',
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-highlight.js',
  ],
} as const;
