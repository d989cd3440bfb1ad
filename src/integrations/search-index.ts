import type { AstroIntegration } from 'astro';
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildSearchFold } from '../lib/search/fold-table.ts';
import { readPageIds } from '../lib/search/pagefind-output.ts';
import {
  displayRecord,
  indexedText,
  pagefindRecord,
  readSearchRecord,
  type SearchRecord,
} from '../lib/search/record.ts';
import { searchAssets } from '../lib/search/assets.ts';

/**
 * Builds the site search after `astro build`: every page that marks a search
 * record (see `lib/search/markup.ts`) is indexed by Pagefind, folded to one
 * simplified-script index of character pairs (`lib/search/tokens.ts`). Beside
 * it go the fold table the browser needs to fold queries the same way, and
 * one display record per page: what a result shows, as the page is written.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'jinguo:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const records = readRecords(outDir);
        const { indexed, bytes } = await writeSearchIndex(outDir, records);
        logger.info(`搜索索引:${indexed} 个条目,浏览器折叠表 ${bytes} 字节。`);
      },
    },
  };
}

/** Records of every built page that has one, in path order. */
export function readRecords(outDir: string): SearchRecord[] {
  return globSync('**/*.html', { cwd: outDir })
    .map((file) => file.replaceAll('\\', '/'))
    .sort()
    .flatMap((file) => {
      const url = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
      const record = readSearchRecord(readFileSync(join(outDir, file), 'utf8'), url);
      return record ? [record] : [];
    });
}

export async function writeSearchIndex(outDir: string, records: SearchRecord[]) {
  const { fold, pairsFor } = buildSearchFold();
  const bundleDir = join(outDir, searchAssets.bundleDir);
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord(pagefindRecord(record, fold));
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // The page searches through pagefind.js; Pagefind's ready-made interfaces would only be dead weight on the host.
  for (const unused of searchAssets.unusedPagefindFiles) rmSync(join(bundleDir, unused), { force: true });

  // Each result is shown from its display record, named by the id Pagefind gives the page. The page never asks
  // Pagefind for a result's data, so the fragments holding it (as large as the records) need not be published.
  const ids = readPageIds(bundleDir);
  rmSync(join(bundleDir, 'fragment'), { recursive: true, force: true });
  const recordsDir = join(outDir, searchAssets.recordsDir);
  mkdirSync(recordsDir, { recursive: true });
  for (const record of records) {
    const id = ids.get(record.url);
    if (!id) throw new Error(`Pagefind wrote no page for ${record.url}`);
    writeFileSync(join(recordsDir, `${id}.json`), JSON.stringify(displayRecord(record)));
  }

  const pairs = pairsFor(records.map((record) => indexedText(record, fold)));
  const table = JSON.stringify({ pairs });
  writeFileSync(join(outDir, searchAssets.foldTable), table);
  return { indexed: records.length, bytes: Buffer.byteLength(table) };
}
