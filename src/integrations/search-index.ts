import type { AstroIntegration } from 'astro';
import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildSearchFold } from '../lib/search/fold-table.ts';
import type { Fold } from '../lib/search/fold.ts';
import { RECORD_ATTRIBUTE } from '../lib/search/markup.ts';
import { readPageIds } from '../lib/search/pagefind-output.ts';
import {
  displayRecord,
  indexedText,
  pagefindRecord,
  readSearchRecord,
  type SearchRecord,
} from '../lib/search/record.ts';
import { groupByShard, shardKey } from '../lib/search/shards.ts';
import { searchAssets } from '../lib/search/assets.ts';
import { markStage } from '../lib/build-timings.ts';

/**
 * What a cached shard was made with, besides its pages: bump the format
 * whenever records, folding, tokens or display records change.
 */
const INDEX_VERSION = 'format 3; pagefind 1.6.0';
/** Written into each cached shard beside Pagefind's files: the characters its folded text holds. */
const CHARS_FILE = 'chars.txt';
/** Pages handed to Pagefind before waiting for it: it indexes in its own process while this one prepares more. */
const PAGES_IN_FLIGHT = 32;

/**
 * Builds the site search after `astro build`: every page that marks a search
 * record (see `lib/search/markup.ts`) is indexed by Pagefind, folded to one
 * simplified-script index of character pairs (`lib/search/tokens.ts`), in
 * shards (`lib/search/shards.ts`) kept in Astro's cache folder between
 * builds. Beside it go the fold table the browser needs to fold queries the
 * same way (with the list of shards to merge), and one display record per
 * page: what a result shows, as the page is written.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'jinguo:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-shards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { indexed, shards, reused, bytes } = await writeSearchIndex(outDir, cacheDir);
        logger.info(`搜索索引:${indexed} 个条目,${shards} 个分片(${reused} 个沿用缓存),浏览器折叠表 ${bytes} 字节。`);
        markStage('indexed');
      },
    },
  };
}

export interface RecordPage {
  url: string;
  html: string;
}

/** Built pages that carry a search record, with their HTML, in path order. */
export function readRecordPages(outDir: string): RecordPage[] {
  return globSync('**/*.html', { cwd: outDir })
    .map((file) => file.replaceAll('\\', '/'))
    .sort()
    .flatMap((file) => {
      const html = readFileSync(join(outDir, file), 'utf8');
      // Most pages are lists; a string test spares parsing them.
      if (!html.includes(RECORD_ATTRIBUTE)) return [];
      return [{ url: `/${file}`.replace(/(^|\/)index\.html$/, '$1'), html }];
    });
}

/** Records of every built page that has one, in path order. */
export function readRecords(outDir: string): SearchRecord[] {
  return readRecordPages(outDir).flatMap(({ url, html }) => readSearchRecord(html, url) ?? []);
}

/**
 * Indexes one shard into `outputPath`: Pagefind's files, a display record per
 * page named by its Pagefind id, and the characters of its folded text.
 */
async function indexShard(records: SearchRecord[], fold: Fold, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const inFlight = new Set<Promise<void>>();
    for (const record of records) {
      const added = index.addCustomRecord(pagefindRecord(record, fold)).then(({ errors: failed }) => {
        if (failed.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${failed.join('; ')}`);
      });
      inFlight.add(added);
      void added.then(
        () => inFlight.delete(added),
        () => inFlight.delete(added),
      );
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    // A fresh Pagefind process per shard: its memory is the shard's, not the site's.
    await pagefind.close();
  }

  // Each result is shown from its display record, named by the id Pagefind gives the page. The page never asks
  // Pagefind for a result's data, so the fragments holding it (as large as the records) need not be published.
  const ids = readPageIds(outputPath);
  rmSync(join(outputPath, 'fragment'), { recursive: true, force: true });
  mkdirSync(join(outputPath, 'records'), { recursive: true });
  const chars = new Set<string>();
  for (const record of records) {
    const id = ids.get(record.url);
    if (!id) throw new Error(`Pagefind wrote no page for ${record.url}`);
    writeFileSync(join(outputPath, 'records', `${id}.json`), JSON.stringify(displayRecord(record)));
    for (const char of indexedText(record, fold)) chars.add(char);
  }
  writeFileSync(join(outputPath, CHARS_FILE), [...chars].join(''));
}

/**
 * Copies a cached shard into the bundle: its display records into the one
 * records folder, the primary's files whole, the others' without Pagefind's
 * browser code (the primary's serves them all).
 */
function copyShard(from: string, bundleDir: string, name: string, primary: boolean): void {
  cpSync(join(from, 'records'), join(bundleDir, '..', searchAssets.recordsDir), { recursive: true });
  cpSync(from, primary ? bundleDir : join(bundleDir, name), {
    recursive: true,
    filter: (source) => {
      const file = basename(source);
      if (source === join(from, 'records') || file === CHARS_FILE) return false;
      if ((searchAssets.unusedPagefindFiles as readonly string[]).includes(file)) return false;
      return primary || !searchAssets.primaryOnlyFiles.test(file);
    },
  });
}

export async function writeSearchIndex(outDir: string, cacheDir: string) {
  const { fold, pairsFor } = buildSearchFold();
  const bundleDir = join(outDir, searchAssets.bundleDir);
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });

  const shards = [...groupByShard(readRecordPages(outDir))];
  const present: string[] = [];
  let indexed = 0;
  let reused = 0;
  for (const [position, [name, pages]] of shards.entries()) {
    const cached = join(cacheDir, `${name}-${shardKey(INDEX_VERSION, pages)}`);
    if (existsSync(join(cached, CHARS_FILE))) reused += 1;
    else {
      const records = pages.flatMap(({ url, html }) => readSearchRecord(html, url) ?? []);
      const partial = `${cached}.${process.pid}.tmp`;
      rmSync(partial, { recursive: true, force: true });
      await indexShard(records, fold, partial);
      // Older versions of this shard will not be asked for again: the cache keeps one per shard.
      for (const old of readdirSync(cacheDir))
        if (old.startsWith(`${name}-`) && old !== basename(partial)) rmSync(join(cacheDir, old), { recursive: true });
      renameSync(partial, cached);
    }
    indexed += pages.length;
    present.push(readFileSync(join(cached, CHARS_FILE), 'utf8'));
    copyShard(cached, bundleDir, name, position === 0);
  }

  const table = JSON.stringify({
    pairs: pairsFor(present),
    indexes: shards.slice(1).map(([name]) => `/${searchAssets.bundleDir}/${name}/`),
  });
  writeFileSync(join(outDir, searchAssets.foldTable), table);
  return { indexed, shards: shards.length, reused, bytes: Buffer.byteLength(table) };
}
