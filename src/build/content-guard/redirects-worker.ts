import { parentPort, workerData } from 'node:worker_threads';
import { writeRedirects, type RedirectsJob } from './redirects.ts';

// A worker thread's entry (`writeRedirectsInWorker`): one job, its result or its failure, then the thread ends.
try {
  parentPort!.postMessage({ result: writeRedirects(workerData as RedirectsJob) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
