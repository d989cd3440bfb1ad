import { Worker } from 'node:worker_threads';
import type { BucketHelper, BucketJob } from '../index/merge.ts';
import type { BucketResult, BucketWorkerSetup } from './bucket-worker.ts';

/**
 * A thread of its own (`bucket-worker.ts`) to write part of the index's
 * buckets (`writeIndex`'s helper): started with the shards' folders, so
 * that it reads their postings while the build's thread reads the rest.
 */
export function startBucketThread(shardDirs: readonly string[]): BucketHelper {
  const worker = new Worker(new URL('./bucket-worker.ts', import.meta.url), {
    workerData: { shardDirs: [...shardDirs] } satisfies BucketWorkerSetup,
  });
  return {
    write: (job: BucketJob) =>
      new Promise((resolve, reject) => {
        worker.once('message', (result: BucketResult) => {
          if (result.ok) resolve(result.bytes);
          else reject(new Error(result.message));
        });
        worker.once('error', reject);
        // After a result the promise is settled, and this changes nothing.
        worker.once('exit', () => reject(new Error('the thread writing the search index stopped')));
        worker.postMessage(job);
      }),
    close: () => void worker.terminate(),
  };
}
