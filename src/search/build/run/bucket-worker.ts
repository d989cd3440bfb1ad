import { parentPort, workerData } from 'node:worker_threads';
import { readBucketSources, writeBucketJob, type BucketJob } from '../index/merge.ts';

/**
 * A worker thread that writes part of the published index's buckets
 * (`bucket-thread.ts`): it reads the shards' postings as soon as it starts,
 * then writes the one job it is sent. Plain TypeScript that Node runs as it is.
 */
export interface BucketWorkerSetup {
  shardDirs: string[];
}

export type BucketResult = { ok: true; bytes: number } | { ok: false; message: string };

function failure(error: unknown): BucketResult {
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

if (parentPort) {
  const { shardDirs } = workerData as BucketWorkerSetup;
  let sources: ReturnType<typeof readBucketSources> | undefined;
  let unread: BucketResult | undefined;
  try {
    sources = readBucketSources(shardDirs);
  } catch (error) {
    unread = failure(error);
  }
  parentPort.once('message', (job: BucketJob) => {
    let result = unread;
    if (!result)
      try {
        result = { ok: true, bytes: writeBucketJob(sources!, job) };
      } catch (error) {
        result = failure(error);
      }
    parentPort!.postMessage(result);
  });
}
