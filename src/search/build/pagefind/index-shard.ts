import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { CharSet } from '../records/char-set.ts';
import type { Fold } from '../../core/fold.ts';
import { RECORDS_DIR, saltedUrl } from './id-clashes.ts';
import { pageIdsOf, predictPageId, reserveFragments } from './pagefind-output.ts';
import { displayRecord, indexedText, pagefindRecord, readSearchRecord } from '../records/record.ts';

/** Written into each shard beside Pagefind's files: the characters its folded text holds. */
export const CHARS_FILE = 'chars.txt';
/** Pages handed to Pagefind before waiting for it: it indexes in its own process while this one prepares more. */
const PAGES_IN_FLIGHT = 32;

export interface RecordPage {
  url: string;
  html: string;
}

/**
 * Indexes one shard's pages into `outputPath`: Pagefind's files, a display
 * record per page named by its Pagefind id, and the characters of its
 * folded text. Each shard gets a fresh Pagefind process, so its memory is
 * the shard's, not the site's. Pages named in `salts` are given to Pagefind
 * under a salted URL, for another id (see `id-clashes.ts`); `language` is
 * the shard's (`shardLanguage`).
 *
 * Pages are taken one at a time from `pages` (the worker reads each file
 * only when it is its turn), and of each only its display record is kept
 * until Pagefind has named it, instead of a shard's pages and records all
 * at once: at 10,000 articles the search stage's Node process peaked at
 * 831 MB this way, 931–949 MB the other.
 */
export async function indexShard(
  pages: Iterable<RecordPage>,
  outputPath: string,
  fold: Fold,
  salts: Readonly<Record<string, number>>,
  language: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  /** Each record's URL as Pagefind knows it, its own, and its display record as written. */
  const shown: [indexedUrl: string, url: string, display: string][] = [];
  /** The id Pagefind is expected to give each record, by the URL it knows it under. */
  const predicted = new Map<string, string>();
  const chars = new CharSet();
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const inFlight = new Set<Promise<void>>();
    for (const { url, html } of pages) {
      const record = readSearchRecord(html, url);
      if (!record) continue;
      const indexedUrl = saltedUrl(record.url, salts[record.url]);
      shown.push([indexedUrl, record.url, JSON.stringify(displayRecord(record))]);
      const folded = indexedText(record, fold);
      chars.add(folded);
      const input = { ...pagefindRecord(record, fold, folded), url: indexedUrl, language };
      predicted.set(indexedUrl, predictPageId(input));
      const added = index.addCustomRecord(input).then(({ errors: failed }) => {
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
    reserveFragments(outputPath, predicted.values());
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }

  // Each result is shown from its display record, named by the id Pagefind gives the page. The page never asks
  // Pagefind for a result's data, so the fragments holding it (as large as the records) need not be published.
  const ids = pageIdsOf(outputPath, predicted);
  rmSync(join(outputPath, 'fragment'), { recursive: true, force: true });
  mkdirSync(join(outputPath, RECORDS_DIR), { recursive: true });
  for (const [indexedUrl, url, display] of shown) {
    const id = ids.get(indexedUrl);
    if (!id) throw new Error(`Pagefind wrote no page for ${url}`);
    writeFileSync(join(outputPath, RECORDS_DIR, `${id}.json`), display);
  }
  writeFileSync(join(outputPath, CHARS_FILE), chars.toString());
}
