import { join } from 'node:path';
import { writeSearchIndex, readSearchSources, type SearchSources } from '../../search/build/run/build-index.ts';
import { buildSearchFold, type SearchFold } from '../../search/build/records/fold-table.ts';
import { IndexAhead, shouldIndexAhead } from '../../search/build/run/index-ahead.ts';
import { isShardRendered } from '../../search/build/run/rendered-shards.ts';

/**
 * The search index's part in a build, as the build drives it: this module
 * is where `src/build/` meets `src/search/` (with the prerenderer that
 * reports years of news written, `shards-rendered.ts`). The build tells it
 * what Astro has done — a year of news written, every page written — and
 * asks it, once the pages are final, to finish the index; what indexing
 * does is the search code's.
 */
export interface SearchStageOptions {
  /** The built site's folder. */
  outDir: string;
  /** Astro's cache folder, absolute: index shards are kept in it between builds, in `search-shards/`. */
  cacheDir: string;
  /** Index years of news while Astro renders the rest (`search/build/run/index-ahead.ts`). */
  indexAhead: boolean;
}

export class SearchStage {
  readonly #outDir: string;
  readonly #shardCache: string;
  readonly #indexAhead: boolean;
  // Made when first needed, while Astro runs, rather than holding up its start.
  #fold: SearchFold | undefined;
  #ahead: IndexAhead | undefined;
  #sources: SearchSources | undefined;

  constructor(options: SearchStageOptions) {
    this.#outDir = options.outDir;
    this.#shardCache = join(options.cacheDir, 'search-shards');
    this.#indexAhead = options.indexAhead && shouldIndexAhead();
  }

  #foldOnce(): SearchFold {
    return (this.#fold ??= buildSearchFold());
  }

  /** Takes a message from Astro's process; true when it was a year of news written (`shards-rendered.ts`). */
  shardRendered(message: unknown): boolean {
    if (!isShardRendered(message)) return false;
    if (!this.#indexAhead) return true;
    this.#ahead ??= new IndexAhead({
      outDir: this.#outDir,
      cacheDir: this.#shardCache,
      foldPairs: this.#foldOnce().pairs,
    });
    this.#ahead.add(message);
    return true;
  }

  /**
   * Every page is written (`pages-built.ts`): the pages the index is made
   * from are read now, while Astro goes on to write its redirect pages and
   * sitemap. Should reading them fail here, `finish` reads them again and
   * reports the failure as the build's.
   */
  pagesWritten(): void {
    try {
      this.#sources = readSearchSources(this.#outDir, this.#foldOnce());
    } catch {
      this.#sources = undefined;
    }
  }

  /** Builds the index from the final pages; resolves to the line that tells staff what was done. */
  async finish(): Promise<string> {
    const sources = this.#sources ?? readSearchSources(this.#outDir, this.#foldOnce());
    const built = await writeSearchIndex(this.#outDir, this.#shardCache, sources, this.#ahead);
    const { indexed, shards, reused, bytes } = built;
    const early = built.ahead > 0 ? `${built.ahead} 个在渲染时建好,` : '';
    return `搜索索引:${indexed} 个条目,${shards} 个分片(${early}${reused} 个沿用缓存),浏览器折叠表 ${bytes} 字节。`;
  }

  /** Stops what is indexed ahead, when the build has failed before `finish`. */
  async stop(): Promise<void> {
    await this.#ahead?.stop();
  }
}
