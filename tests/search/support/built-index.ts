import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { indexFiles, searchAssets } from '../../../src/search/core/assets.ts';
import { readBucket, readPages, type PagesFile } from '../../../src/search/core/format.ts';
import { createFold, parseFoldPairs, type Fold } from '../../../src/search/core/fold.ts';
import { parseQuery, queryKeys } from '../../../src/search/core/query.ts';
import { rank } from '../../../src/search/core/rank.ts';
import { recordPlaces } from '../../../src/search/core/records.ts';
import { bucketOf } from '../../../src/search/core/terms.ts';
import type { IndexMeta, ResultHead, Suggestions } from '../../../src/search/model.ts';

/** A built index read from `dist/` in Node, the way the search page reads it over the network. */
export interface BuiltIndex {
  meta: IndexMeta;
  fold: Fold;
  pages: PagesFile;
  /** Every page's head, in index order. */
  heads: ResultHead[];
  /** Every page's text, for excerpts, in index order. */
  texts: string[];
  suggestions: Suggestions;
  /** URLs of the pages a query finds, ranked. */
  search: (query: string) => string[];
  /** A file of this build's index folder. */
  file: (path: string) => Buffer;
}

export function readBuiltIndex(dist: string): BuiltIndex {
  const meta = JSON.parse(readFileSync(join(dist, searchAssets.meta), 'utf8')) as IndexMeta;
  const file = (path: string) => readFileSync(join(dist, searchAssets.dir, meta.folder, path));
  const fold = createFold(parseFoldPairs(meta.fold));
  const syllables = new Set(meta.syllables.split(' '));
  const pages = readPages(file(indexFiles.pages));
  const heads: ResultHead[] = [];
  const texts: string[] = [];
  const files = new Map<number, Buffer>();
  for (const { file: number, head, text, end } of recordPlaces(pages.records)) {
    let bytes = files.get(number);
    if (!bytes) files.set(number, (bytes = file(indexFiles.records(number))));
    heads.push(JSON.parse(bytes.subarray(head, text).toString('utf8')) as ResultHead);
    texts.push(inflateRawSync(bytes.subarray(text, end)).toString('utf8'));
  }
  return {
    meta,
    fold,
    pages,
    heads,
    texts,
    suggestions: JSON.parse(file(indexFiles.suggest).toString('utf8')) as Suggestions,
    file,
    search: (text) => {
      const query = parseQuery(text, fold, syllables);
      if (!query) return [];
      const entries = new Map(
        queryKeys(query).map((key) => [
          key,
          readBucket(file(indexFiles.bucket(bucketOf(key, meta.bits))), key, meta.bits),
        ]),
      );
      return rank(query, (key) => entries.get(key), pages.names).pages.map((page) => heads[page]!.url);
    },
  };
}

/** Every file under `dir`, by path relative to it, with its bytes (base64): to compare two indexes byte for byte. */
export function filesWithBytes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path).toString('base64')];
      }),
  );
}
