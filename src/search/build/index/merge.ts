import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { indexFiles, searchAssets } from '../../core/assets.ts';
import { FORMAT_VERSION, writeBucket, writePages } from '../../core/format.ts';
import { cutRecordFiles, type RecordLayout } from '../../core/records.ts';
import type { SearchFold } from '../records/fold-table.ts';
import { filterKeys, fields, type Field, type FilterKey, type IndexMeta, type Suggestions } from '../../model.ts';
import { shardFiles } from '../plan/shard-cache.ts';
import { recordFilters } from '../records/record.ts';
import type { Readings } from '../records/pinyin.ts';
import { docOf, keyOf } from './postings.ts';
import { readPostings, type ShardData, type ShardPage } from './shard.ts';

/** A shard's postings: each field's sorted pairs (`readPostings`). */
type ShardPostings = ReturnType<typeof readPostings>;

/** About the size of a bucket of terms, in bytes: what a reader downloads for one term of a query. */
const BUCKET_BYTES = 6 * 1024;

/** What writing buckets needs of a shard: its postings, and each page's number in the whole index by its own. */
interface BucketSource {
  postings: ShardPostings;
  global: Uint32Array;
}

interface LoadedShard extends BucketSource {
  name: string;
  dir: string;
  data: ShardData;
  /** Each page's record (`shardFiles.records`), by its number in the shard. */
  records: Buffer[];
}

/** Buckets `from` to `to` (not included) of an index, and each page's number in it, by shard and number in the shard. */
export interface BucketJob {
  globals: Uint32Array[];
  bits: number;
  /** The index's folder in the built site. */
  base: string;
  from: number;
  to: number;
}

/**
 * Another thread's part in writing an index: given the shards' folders in
 * the cache, it reads their postings at once, while this thread reads the
 * rest and numbers the pages; then it writes the buckets it is asked to.
 */
export interface BucketHelper {
  /** Resolves to the bytes written. */
  write(job: BucketJob): Promise<number>;
  /** Lets the thread go, whether or not it was asked to write. */
  close(): void;
}

export type BucketHelperStart = (shardDirs: readonly string[]) => BucketHelper;

/** What writing buckets needs of the shards in these folders in the cache: their postings. */
export function readBucketSources(shardDirs: readonly string[]): ShardPostings[] {
  return shardDirs.map((dir) => readPostings(readFileSync(join(dir, shardFiles.postings))));
}

/** Writes the buckets of a job from the shards' postings (`readBucketSources`, in the same order). */
export function writeBucketJob(postings: readonly ShardPostings[], job: BucketJob): number {
  const sources = postings.map((shard, index) => ({ postings: shard, global: job.globals[index]! }));
  return writeBuckets(sources, job.bits, job.base, job.from, job.to);
}

/**
 * How many bits of bucket number: about `BUCKET_BYTES` a bucket, at least
 * one bucket. The size is reckoned before the buckets are written, from the
 * shards' postings: a term costs its key and a byte or two of fields and
 * lengths in each shard that has it (shards share common terms, so this
 * overcounts a little), and a page in a list about a byte.
 */
export function bucketBits(terms: number, postings: number): number {
  const bytes = terms * 8 + postings;
  return Math.min(16, Math.max(0, Math.ceil(Math.log2(bytes / BUCKET_BYTES))));
}

/** Distinct terms in a field's sorted pairs. */
function countTerms(pairs: Uint32Array): number {
  let terms = 0;
  for (let at = 0; at < pairs.length; at += 2)
    if (at === 0 || pairs[at + 1] !== pairs[at - 1] || keyOf(pairs[at]!, 0) !== keyOf(pairs[at - 2]!, 0)) terms++;
  return terms;
}

/**
 * Writes the published index from the indexed shards (each a folder written
 * by `indexShard`, in the cache): every page numbered once in rank order
 * across the site, every term's pages from every shard in one bucket, the
 * filters, every page's record (head and text, as the shard wrote them, in
 * page order in as few files as their size allows), the names to suggest,
 * and the entry file naming this build's folder.
 *
 * With `elsewhere`, the upper half of the buckets is written by the helper
 * it starts (another thread) while this one writes the lower half and the
 * other files: once Astro has exited, the merge is all that is left of a
 * build, and the machine's second core would otherwise wait. The files are
 * the same either way, byte for byte.
 */
export async function writeIndex(
  shards: readonly { name: string; dir: string }[],
  outDir: string,
  fold: Pick<SearchFold, 'pairsFor'>,
  readings: Readings,
  elsewhere?: BucketHelperStart,
): Promise<{ pages: number; buckets: number; bytes: number }> {
  const helper = elsewhere?.(shards.map(({ dir }) => dir));
  try {
    return await writeWithHelper(shards, outDir, fold, readings, helper);
  } finally {
    helper?.close();
  }
}

async function writeWithHelper(
  shards: readonly { name: string; dir: string }[],
  outDir: string,
  fold: Pick<SearchFold, 'pairsFor'>,
  readings: Readings,
  helper: BucketHelper | undefined,
): Promise<{ pages: number; buckets: number; bytes: number }> {
  const loaded: LoadedShard[] = shards.map(({ name, dir }) => {
    const data = JSON.parse(readFileSync(join(dir, shardFiles.pages), 'utf8')) as ShardData;
    const file = readFileSync(join(dir, shardFiles.records));
    let at = 0;
    const records = data.pages.map((_, local) => {
      const from = at;
      at += data.records[2 * local]! + data.records[2 * local + 1]!;
      return file.subarray(from, at);
    });
    return {
      name,
      dir,
      data,
      postings: readPostings(readFileSync(join(dir, shardFiles.postings))),
      global: new Uint32Array(data.pages.length),
      records,
    };
  });

  // One order for the whole site; each shard's own order is the same order, so its numbers map in ascending order.
  const all = loaded.flatMap((shard, index) => shard.data.pages.map((page, local) => ({ page, index, local })));
  all.sort((a, b) => (a.page.rank < b.page.rank ? -1 : a.page.rank > b.page.rank ? 1 : 0));
  all.forEach(({ index, local }, page) => (loaded[index]!.global[local] = page));

  let terms = 0;
  let postings = 0;
  for (const shard of loaded)
    for (const pairs of shard.postings.values()) {
      terms += countTerms(pairs);
      postings += pairs.length / 2;
    }
  const bits = bucketBits(terms, postings);
  const folder = createHash('sha256')
    .update(JSON.stringify([FORMAT_VERSION, bits, shards.map(({ dir }) => basename(dir))]))
    .digest('hex')
    .slice(0, 12);
  const root = join(outDir, searchAssets.dir);
  const base = join(root, folder);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(base, 'terms'), { recursive: true });
  mkdirSync(join(base, 'records'), { recursive: true });

  const count = 2 ** bits;
  const half = helper && count > 1 ? count / 2 : count;
  const globals = loaded.map(({ global }) => global);
  const away = half < count ? helper!.write({ globals, bits, base, from: half, to: count }) : Promise.resolve(0);
  // Awaited below; until then a failure must not go unhandled if this thread fails first.
  away.catch(() => undefined);
  let bytes = writeBuckets(loaded, bits, base, 0, half);
  const headBytes = all.map(({ index, local }) => loaded[index]!.data.records[2 * local]!);
  const textBytes = all.map(({ index, local }) => loaded[index]!.data.records[2 * local + 1]!);
  const records: RecordLayout = { headBytes, textBytes, fileStarts: cutRecordFiles(headBytes, textBytes) };
  bytes += write(
    join(base, indexFiles.pages),
    writePages(
      pagesFile(
        all.map(({ page }) => page),
        records,
      ),
    ),
  );
  records.fileStarts.forEach((start, file) => {
    const pages = all.slice(start, records.fileStarts[file + 1] ?? all.length);
    const pieces = pages.map(({ index, local }) => loaded[index]!.records[local]!);
    bytes += write(join(base, indexFiles.records(file)), Buffer.concat(pieces));
  });

  bytes += write(
    join(base, indexFiles.suggest),
    JSON.stringify(
      suggestions(
        all.map(({ page }) => page),
        readings,
      ),
    ),
  );
  const present = loaded.map((shard) => readFileSync(join(shard.dir, shardFiles.chars), 'utf8'));
  const meta: IndexMeta = {
    version: FORMAT_VERSION,
    folder,
    pages: all.length,
    bits,
    fold: fold.pairsFor(present),
    syllables: readings.syllables.join(' '),
  };
  bytes += await away;
  // The entry file last, once every bucket is written.
  bytes += write(join(outDir, searchAssets.meta), JSON.stringify(meta));
  return { pages: all.length, buckets: count, bytes };
}

function write(file: string, content: string | Uint8Array): number {
  writeFileSync(file, content);
  return typeof content === 'string' ? Buffer.byteLength(content) : content.length;
}

/** The first pair of sorted `pairs` in bucket `bucket` or a later one: buckets are ranges of terms, in term order. */
function firstPairFrom(pairs: Uint32Array, shift: number, bucket: number): number {
  let [low, high] = [0, pairs.length / 2];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pairs[2 * middle + 1]! >>> shift < bucket) low = middle + 1;
    else high = middle;
  }
  return 2 * low;
}

/**
 * Buckets `from` to `to` (not included) of terms, in order: the shards'
 * postings are each sorted by term, and a bucket is a range of terms, so
 * each shard is read once, from the range's first term to its last, a
 * bucket's worth at a time.
 */
function writeBuckets(shards: readonly BucketSource[], bits: number, base: string, from: number, to: number): number {
  const shift = 32 - bits;
  const cursors = shards.map((shard) =>
    fields.map((field) => (bits === 0 ? 0 : firstPairFrom(shard.postings.get(field)!, shift, from))),
  );
  let bytes = 0;
  for (let bucket = from; bucket < to; bucket++) {
    const entries = new Map<number, { key: number; pages: Partial<Record<Field, number[]>> }>();
    shards.forEach((shard, s) => {
      fields.forEach((field, f) => {
        const pairs = shard.postings.get(field)!;
        let at = cursors[s]![f]!;
        while (at < pairs.length && (bits === 0 || pairs[at + 1]! >>> shift === bucket)) {
          const key = keyOf(pairs[at]!, pairs[at + 1]!);
          let entry = entries.get(key);
          if (!entry) entries.set(key, (entry = { key, pages: {} }));
          (entry.pages[field] ??= []).push(shard.global[docOf(pairs[at]!)]!);
          at += 2;
        }
        cursors[s]![f] = at;
      });
    });
    // Pages come shard by shard; where two shards' pages interleave in the site's order (a year split in parts), sort.
    for (const { pages } of entries.values())
      for (const list of Object.values(pages))
        for (let i = 1; i < list!.length; i++)
          if (list[i]! < list[i - 1]!) {
            list.sort((a, b) => a - b);
            break;
          }
    bytes += write(join(base, indexFiles.bucket(bucket)), writeBucket(entries.values(), bits));
  }
  return bytes;
}

function pagesFile(pages: readonly ShardPage[], records: RecordLayout) {
  const filters = Object.fromEntries(filterKeys.map((key) => [key, new Map<string, number[]>()])) as Record<
    FilterKey,
    Map<string, number[]>
  >;
  const names = new Map<number, number>();
  pages.forEach((page, number) => {
    const values = recordFilters(page);
    for (const key of filterKeys)
      for (const value of values[key]) {
        const list = filters[key].get(value);
        if (list) list.push(number);
        else filters[key].set(value, [number]);
      }
    if (page.nameLength !== undefined) names.set(number, page.nameLength);
  });
  return { count: pages.length, filters, names, records };
}

function suggestions(pages: readonly ShardPage[], readings: Readings): Suggestions {
  const names = pages
    .filter((page) => page.nameLength !== undefined && page.sounds !== undefined)
    .map(({ title, url, kind, sounds }) => ({ title, url, kind, sounds: sounds! }));
  const homophones: Record<string, string> = {};
  for (const { sounds } of names)
    for (const syllable of sounds.split(' ')) homophones[syllable] = readings.homophones.get(syllable) ?? '';
  return { names, homophones };
}
