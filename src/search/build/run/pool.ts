import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShardJob, ShardResult, WorkerSetup } from './worker.ts';

/**
 * Worker threads that index shards (`worker.ts`), each job on one thread,
 * one job a thread at a time. Jobs come at two priorities: low ones while
 * Astro is still rendering (on one thread at the lowest priority, so that
 * Astro keeps both cores whenever it can use them), normal ones once it has
 * exited (on up to `size` threads; the low thread takes them too, as it
 * cannot raise its priority).
 */
export class IndexPool {
  /** Threads at most: by default one per core, at most two, since each holds a shard's postings. */
  readonly #size: number;
  readonly #idle: { worker: Worker; low: boolean }[] = [];
  readonly #queue: { job: ShardJob; low: boolean; settle: (result: ShardResult) => void }[] = [];
  #started = 0;
  #lowStarted = false;
  #closed = false;
  /** Jobs on a thread now: `close` waits for them, so nothing writes to the cache after it returns. */
  readonly #running = new Set<Promise<void>>();

  constructor(size = Math.min(2, availableParallelism())) {
    this.#size = Math.max(1, size);
  }

  /** Runs a job; never rejects: a failure is a result (`ok: false`). */
  run(job: ShardJob, low: boolean): Promise<ShardResult> {
    if (this.#closed) return Promise.resolve({ ok: false, message: 'the index pool is closed' });
    return new Promise((settle) => {
      this.#queue.push({ job, low, settle });
      this.#next();
    });
  }

  #next(): void {
    while (this.#queue.length > 0) {
      // A low job waits for the low thread; a normal job takes any idle thread, or a new one while there is room.
      const index = this.#queue.findIndex(
        ({ low }) => !low || this.#idle.some((idle) => idle.low) || !this.#lowStarted,
      );
      if (index === -1) return;
      const { job, low, settle } = this.#queue[index]!;
      let place = this.#idle.findIndex((idle) => (low ? idle.low : true));
      if (place === -1) {
        if (low ? this.#lowStarted : this.#started >= this.#size) return;
        this.#idle.push(this.#start(low));
        place = this.#idle.length - 1;
      }
      this.#queue.splice(index, 1);
      const [taken] = this.#idle.splice(place, 1);
      const running = this.#send(taken!, job).then(async (result) => {
        if (this.#closed) await taken!.worker.terminate();
        else this.#idle.push(taken!);
        settle(result);
        this.#next();
      });
      this.#running.add(running);
      void running.finally(() => this.#running.delete(running));
    }
  }

  #start(low: boolean): { worker: Worker; low: boolean } {
    this.#started++;
    if (low) this.#lowStarted = true;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { low } satisfies WorkerSetup });
    // An idle worker does not keep the build's process alive.
    worker.unref();
    return { worker, low };
  }

  #send({ worker }: { worker: Worker }, job: ShardJob): Promise<ShardResult> {
    return new Promise((resolve) => {
      const settle = (result: ShardResult) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.unref();
        resolve(result);
      };
      const onMessage = (result: ShardResult) => settle(result);
      const onError = (error: Error) => settle({ ok: false, message: error.message });
      const onExit = () => settle({ ok: false, message: 'an index worker stopped' });
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      worker.postMessage(job);
    });
  }

  /**
   * Ends every thread once its job is done, and returns when all have ended;
   * jobs not yet begun fail. A build that failed on one shard thus leaves no
   * thread still writing another into the cache.
   */
  async close(): Promise<void> {
    this.#closed = true;
    for (const { settle } of this.#queue.splice(0)) settle({ ok: false, message: 'the index pool is closed' });
    await Promise.all([...this.#idle.splice(0).map(({ worker }) => worker.terminate()), ...this.#running]);
  }
}
