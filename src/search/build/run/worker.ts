import { readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createFold, parseFoldPairs, type Fold } from '../../core/fold.ts';
import { indexShard } from '../index/shard.ts';
import { pageHash, searchedBytes } from '../records/site-pages.ts';

/**
 * A worker thread of the index pool (`pool.ts`): it indexes the shards it
 * is sent, one at a time, into the folder it is told. A worker started at
 * low priority lowers its own thread's (on Linux a thread's priority is its
 * own) and stays there: a thread may lower its priority, never raise it.
 * Plain TypeScript that Node runs as it is.
 */
export interface ShardJob {
  /** The built site's folder. */
  outDir: string;
  /** The shard's pages: URL and file in `outDir`, read here one at a time. */
  pages: { url: string; file: string }[];
  /** Where the shard is written: a partial folder that the pool's caller files in the cache. */
  dir: string;
  /** The fold as pairs (`SearchFold.pairs`): made once by the build, not again from OpenCC in every worker. */
  foldPairs: string;
}

/** The hash of each page's searched bytes as indexed, in job order: what the shard is filed under in the cache. */
export type ShardResult = { ok: true; hashes: string[] } | { ok: false; message: string };

export interface WorkerSetup {
  low: boolean;
}

let fold: { pairs: string; fold: Fold } | undefined;

function run(job: ShardJob): string[] {
  if (fold?.pairs !== job.foldPairs) fold = { pairs: job.foldPairs, fold: createFold(parseFoldPairs(job.foldPairs)) };
  const hashes: string[] = [];
  const pages = function* () {
    for (const { url, file } of job.pages) {
      const searched = searchedBytes(readFileSync(join(job.outDir, file)));
      hashes.push(pageHash(searched));
      yield { url, html: searched.toString('utf8') };
    }
  };
  rmSync(job.dir, { recursive: true, force: true });
  try {
    indexShard(pages(), job.dir, fold.fold);
  } catch (error) {
    rmSync(job.dir, { recursive: true, force: true });
    throw error;
  }
  return hashes;
}

if (parentPort) {
  const { low } = workerData as WorkerSetup;
  let lowered = !low;
  if (low) {
    try {
      setPriority(19);
      lowered = true;
    } catch {
      lowered = false;
    }
  }
  parentPort.on('message', (job: ShardJob) => {
    let result: ShardResult;
    if (!lowered) result = { ok: false, message: 'could not lower the thread’s priority' };
    else
      try {
        result = { ok: true, hashes: run(job) };
      } catch (error) {
        result = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    parentPort!.postMessage(result);
  });
}
