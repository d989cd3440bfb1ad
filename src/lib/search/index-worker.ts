import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { indexShard } from './index-shard.ts';

/**
 * A worker thread that indexes the shards it is sent, one at a time, each
 * with its own Pagefind process: two of them keep both cores of a small
 * CI machine busy. Plain TypeScript that Node runs as it is.
 */
export interface ShardJob {
  /** The built site's folder. */
  outDir: string;
  /** The shard's pages: URL, and file in `outDir` (read here, so that only the shard at hand is in memory). */
  pages: { url: string; file: string }[];
  outputPath: string;
}

export type ShardResult = { ok: true } | { ok: false; message: string };

parentPort?.on('message', (job: ShardJob) => {
  const pages = job.pages.map(({ url, file }) => ({ url, html: readFileSync(join(job.outDir, file), 'utf8') }));
  indexShard(pages, job.outputPath).then(
    () => parentPort?.postMessage({ ok: true } satisfies ShardResult),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ShardResult),
  );
});
