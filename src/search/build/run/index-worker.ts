import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createFold, parseFoldPairs, type Fold } from '../../core/fold.ts';
import { indexShard } from '../pagefind/index-shard.ts';

/**
 * A worker thread that indexes the shards it is sent, one at a time, each
 * with its own Pagefind process: two of them keep both cores of a small
 * CI machine busy. Plain TypeScript that Node runs as it is.
 */
export interface ShardJob {
  /** The built site's folder. */
  outDir: string;
  /** The shard's pages: URL, and file in `outDir` (read here, one at a time, as they are indexed). */
  pages: { url: string; file: string }[];
  outputPath: string;
  /** The language the shard is filed under (`shardLanguage`): its ids start with it. */
  language: string;
  /** Pages to index under a salted URL, for another Pagefind id (see `id-clashes.ts`): URL → salt. */
  salts: Record<string, number>;
  /** The fold as pairs (`SearchFold.pairs`): building it from OpenCC again in every worker cost memory and time. */
  foldPairs: string;
}

export type ShardResult = { ok: true } | { ok: false; message: string };

let fold: { pairs: string; fold: Fold } | undefined;

parentPort?.on('message', (job: ShardJob) => {
  if (fold?.pairs !== job.foldPairs) fold = { pairs: job.foldPairs, fold: createFold(parseFoldPairs(job.foldPairs)) };
  // Read one at a time, as the shard is indexed: only the page at hand is in memory.
  const pages = (function* () {
    for (const { url, file } of job.pages) yield { url, html: readFileSync(join(job.outDir, file), 'utf8') };
  })();
  indexShard(pages, job.outputPath, fold.fold, job.salts, job.language).then(
    () => parentPort?.postMessage({ ok: true } satisfies ShardResult),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ShardResult),
  );
});
