import { readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { createFold, parseFoldPairs, type Fold } from '../../core/fold.ts';
import { indexShard } from '../pagefind/index-shard.ts';
import { cachedShardDir, isCached, recordFiles, storeShard, type RecordFile } from '../plan/shard-cache.ts';
import { ENTRIES_SHARD, groupByShard, pageHash, shardLanguage } from '../plan/shards.ts';

/**
 * A worker thread that indexes news shards while Astro is still rendering
 * (`index-ahead.ts`), at the lowest priority: on Linux a thread's priority
 * is its own, and the Pagefind process it starts inherits it, so Astro's
 * rendering keeps both cores whenever it can use them.
 */
export interface AheadJob {
  /** The built site's folder. */
  outDir: string;
  /** The folder of the shard's pages (`shardFolder`), relative to `outDir`. */
  folder: string;
  /** How many record pages Astro rendered there: until that many are written, the folder is looked at again. */
  pages: number;
  /** The search shards' cache (`shard-cache.ts`). */
  cacheDir: string;
  /** The fold as pairs (`SearchFold.pairs`). */
  foldPairs: string;
}

/** The shards put in the cache, by name; a job that fails leaves the shard to the search stage. */
export type AheadResult = { ok: true; stored: string[] } | { ok: false; message: string };

/** Looks for written pages this often, at most this many times: Astro writes a page just after rendering it. */
const LOOK_AGAIN_MS = 100;
const LOOKS = 20;

async function indexFolder(job: AheadJob, fold: Fold): Promise<string[]> {
  let files = recordFiles(job.outDir, job.folder);
  for (let look = 1; files.length < job.pages && look < LOOKS; look++) {
    await sleep(LOOK_AGAIN_MS);
    files = recordFiles(job.outDir, job.folder);
  }
  const stored: string[] = [];
  for (const [name, pages] of groupByShard(files)) {
    // A rebuild finds most years in the cache as they are.
    if (name === ENTRIES_SHARD || pages.length === 0 || isCached(cachedShardDir(job.cacheDir, name, pages))) continue;
    // The shard is filed under the hashes of the bytes it indexed, whatever may have been written since the scan.
    const indexed: RecordFile[] = [];
    const read = function* () {
      for (const { url, file } of pages) {
        const bytes = readFileSync(join(job.outDir, file));
        indexed.push({ url, file, hash: pageHash(bytes) });
        yield { url, html: bytes.toString('utf8') };
      }
    };
    const partial = join(job.cacheDir, `${name}-ahead.${process.pid}.tmp`);
    rmSync(partial, { recursive: true, force: true });
    try {
      await indexShard(read(), partial, fold, {}, shardLanguage(name));
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      throw error;
    }
    storeShard(job.cacheDir, name, cachedShardDir(job.cacheDir, name, indexed), partial);
    stored.push(name);
  }
  return stored;
}

let fold: { pairs: string; fold: Fold } | undefined;

/** Whether this thread runs at the lowest priority: if not, it indexes nothing, rather than slow Astro down. */
let lowered = false;
if (parentPort) {
  try {
    setPriority(19);
    lowered = true;
  } catch {
    lowered = false;
  }
}
parentPort?.on('message', (job: AheadJob) => {
  if (!lowered) return parentPort?.postMessage({ ok: false, message: 'no lower priority' } satisfies AheadResult);
  if (fold?.pairs !== job.foldPairs) fold = { pairs: job.foldPairs, fold: createFold(parseFoldPairs(job.foldPairs)) };
  indexFolder(job, fold.fold).then(
    (stored) => parentPort?.postMessage({ ok: true, stored } satisfies AheadResult),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies AheadResult),
  );
});
