import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildOptions } from '../../../build/options.ts';
import { leanAllocatorEnv } from '../../../build/tuning/lean-allocators.ts';
import type { AheadJob, AheadResult } from './ahead-worker.ts';
import type { ShardRendered } from './rendered-shards.ts';

export interface IndexAheadOptions {
  /** The built site's folder. */
  outDir: string;
  /** The search shards' cache, where each shard indexed ahead is put (`shard-cache.ts`). */
  cacheDir: string;
  /** The fold as pairs (`SearchFold.pairs`). */
  foldPairs: string;
}

/** What the search stage takes over from indexing ahead (`IndexAhead.handOver`). */
export interface Handover {
  /** The folder whose shards are still being indexed: the search stage leaves them alone until `done`. */
  busy: string | undefined;
  /** Settles once nothing more is indexed ahead and the worker has ended; never fails. */
  done: Promise<void>;
}

/**
 * Whether to index ahead: only beside another core (on one, the pages would
 * wait for nothing), and not when JINGUO_INDEX_AHEAD=0 (to measure without).
 */
export function shouldIndexAhead(): boolean {
  return availableParallelism() > 1 && buildOptions.search.indexAhead;
}

/**
 * Indexes news shards while Astro is still rendering, on the core its
 * rendering leaves partly idle: each folder Astro reports rendered
 * (`rendered-shards.ts`) is indexed, one at a time, at the lowest priority
 * (`ahead-worker.ts`), into the search shards' cache. The search stage then
 * finds those shards there under the same key as any cached shard — the
 * hashes of their pages as indexed — and takes them only if the pages it reads
 * hash the same. A shard indexed ahead from pages that are not final is
 * never taken: nothing done here can change the index a build publishes,
 * and nothing here fails the build.
 *
 * At 10,000 articles, Astro alone peaked at 1.5–1.6 GB while rendering, and
 * at 2.1 GB with one shard being indexed beside it at the lowest priority.
 */
export class IndexAhead {
  readonly #options: IndexAheadOptions;
  readonly #queue: ShardRendered[] = [];
  #worker: Worker | undefined;
  #current: { folder: string; done: Promise<void> } | undefined;
  #closed = false;
  /** The shards put in the cache so far, by name. */
  readonly stored = new Set<string>();

  constructor(options: IndexAheadOptions) {
    this.#options = options;
  }

  /** Queues a folder Astro has rendered. */
  add(rendered: ShardRendered): void {
    if (this.#closed) return;
    this.#queue.push(rendered);
    this.#next();
  }

  #next(): void {
    const rendered = this.#current || this.#closed ? undefined : this.#queue.shift();
    if (!rendered) return;
    // Each Pagefind process the worker starts inherits its environment.
    const worker = (this.#worker ??= new Worker(new URL('./ahead-worker.ts', import.meta.url), {
      env: { ...process.env, ...leanAllocatorEnv },
    }));
    const done = new Promise<void>((resolve) => {
      const settle = (result: AheadResult | undefined) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (result?.ok) for (const name of result.stored) this.stored.add(name);
        // A worker that failed, or could not lower its priority, indexes nothing more: the search stage does it all.
        if (!result?.ok) this.#closed = true;
        this.#current = undefined;
        resolve();
        this.#next();
      };
      const onMessage = (result: AheadResult) => settle(result);
      const onError = () => settle(undefined);
      const onExit = () => settle(undefined);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ ...this.#options, folder: rendered.folder, pages: rendered.pages } satisfies AheadJob);
    });
    this.#current = { folder: rendered.folder, done };
  }

  /**
   * Stops taking folders, for the search stage to go on: the folder in
   * progress, if any, is finished (at the lowest priority still: a thread
   * may not raise its own), then the worker ends.
   */
  handOver(): Handover {
    this.#closed = true;
    this.#queue.length = 0;
    const busy = this.#current?.folder;
    const done = (this.#current?.done ?? Promise.resolve())
      .then(() => this.#worker?.terminate())
      .then(
        () => undefined,
        () => undefined,
      );
    return { busy, done };
  }

  /** Stops at once: the build has failed. A shard half indexed is left in its partial folder, never in the cache. */
  async stop(): Promise<void> {
    this.#closed = true;
    this.#queue.length = 0;
    await this.#worker?.terminate();
  }
}
