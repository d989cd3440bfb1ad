import { join } from 'node:path';
import { SiteIndexer } from '../../search/build/run/indexer.ts';
import { isShardRendered } from '../../search/build/run/rendered-shards.ts';
import { PAGES_BUILT } from './pages-built.ts';

/**
 * The search index's part in a build, as the build drives it: this module is
 * where `src/build/` meets the search indexer (`SiteIndexer`,
 * `src/search/build/run/indexer.ts`), with the prerenderer that reports
 * years of news written (`shards-rendered.ts`). The build says what Astro
 * has done — a year of news written, every page written — and asks for the
 * index once the pages are final; what indexing does is the search code's.
 */
export interface SearchStageOptions {
  /** The built site's folder. */
  outDir: string;
  /** Astro's cache folder, absolute: index shards are kept in it between builds, in `search-shards/`. */
  cacheDir: string;
  /** Index years of news while Astro renders the rest. */
  early: boolean;
  /** Shards indexed at once; the indexer's own choice when undefined. */
  workers: number | undefined;
}

export class SearchStage {
  readonly #indexer: SiteIndexer;

  constructor({ outDir, cacheDir, early, workers }: SearchStageOptions) {
    this.#indexer = new SiteIndexer({
      outDir,
      cacheDir: join(cacheDir, 'search-shards'),
      ...(early ? {} : { early: false }),
      ...(workers ? { workers } : {}),
    });
  }

  /** Takes a message from Astro's process (`shards-rendered.ts`, `pages-built.ts`). */
  message(message: unknown): void {
    if (isShardRendered(message)) this.#indexer.shardRendered(message);
    // Astro goes on to write its redirect pages and sitemap; the pages the index is made from are final.
    else if (message === PAGES_BUILT) this.#indexer.pagesBuilt();
  }

  /** Builds the index from the final pages; resolves to the line that tells staff what was done. */
  async finish(): Promise<string> {
    const { pages, shards, early, reused, bytes } = await this.#indexer.finish();
    const ahead = early > 0 ? `${early} 个在 Astro 退出前建好,` : '';
    return `搜索索引:${pages} 个条目,${shards} 个分片(${ahead}${reused} 个沿用缓存),共 ${bytes} 字节。`;
  }

  /** Stops what is indexed early, when the build has failed before `finish`. */
  async stop(): Promise<void> {
    await this.#indexer.stop();
  }
}
