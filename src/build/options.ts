/**
 * How a build is run, read from the environment once: every `JINGUO_*`
 * variable is read here and nowhere else. The module imports nothing, so
 * anything may read it (the schemas need `contentDir`) without an import
 * cycle. The command line sets the variables for the benchmark and the
 * tests; a build of the sample site needs none of them. (The benchmark's
 * plain recipe is a configuration of its own, `scripts/lib/bench/plain/`.)
 */

/** Each tweak of another library's internals (`src/build/tuning/`), by the name `JINGUO_TUNING_OFF` turns it off with. */
export const TUNINGS = ['lean-heap', 'store-from-file', 'packed-store', 'held-store-writes'] as const;
export type Tuning = (typeof TUNINGS)[number];

export interface BuildOptions {
  /**
   * Where content is read from (`JINGUO_CONTENT_DIR`): `content/`, or a
   * fixture site in the tests, a generated corpus in the benchmark.
   */
  contentDir: string;
  /**
   * Astro's cache folder, relative to the project (`JINGUO_CACHE_DIR`): the
   * content store, the pages an incremental build copies, the search-index
   * shards. Kept between builds, and by CI. A build of another content
   * folder (tests, benchmark) names its own.
   */
  cacheDir: string;
  /** Where the build notes the moment each stage ends, for the benchmark (`JINGUO_TIMINGS_FILE`); nowhere without it. */
  timingsFile: string | undefined;
  search: {
    /** Shards indexed at once (`JINGUO_SEARCH_WORKERS`); the indexer's own choice without it. */
    workers: number | undefined;
    /** Whether news shards may be indexed while Astro still renders; `JINGUO_INDEX_AHEAD=0` measures without. */
    indexAhead: boolean;
    /**
     * Where the index is built: in Astro's process, at the end of `astro build`;
     * or after that process has ended, by `npm run build` (`scripts/build.ts`
     * sets `JINGUO_SEARCH_STAGE=after-astro`), so that the indexer's memory
     * does not come on top of Astro's content store.
     */
    stage: 'in-astro' | 'after-astro';
  };
  /**
   * Which tweaks of other libraries' internals are on: all of them, unless
   * `JINGUO_TUNING_OFF` names some to leave off (comma-separated), so the
   * benchmark can measure what each pays.
   */
  tuning: Record<Tuning, boolean>;
  /**
   * The git repository the editor's local backend edits (`JINGUO_ADMIN_REPO`), set by `npm run admin`: the dev
   * server then serves decap-server's git backend beside /admin/ (src/cms/integration.ts). Unset, there is none.
   */
  adminRepo: string | undefined;
  /**
   * Where a build keeps the URL manifest it makes (`JINGUO_MANIFEST_DRAFT`),
   * for whoever started it to commit once everything has succeeded:
   * `npm run build` sets it and commits the draft after the search index is
   * built and `dist/` replaced (`scripts/lib/site-build.ts`). Unset, as under
   * `astro build` alone, the build keeps its draft in its cache folder and
   * commits it in its own last hook (`src/build/manifest-commit.ts`).
   */
  manifestDraft: string | undefined;
  /**
   * The moment the content checks were started by whoever started this
   * build (`JINGUO_CHECKS_FROM_PARENT`, an ISO time): `npm run build` starts
   * them before Astro, so they are not held up by Astro's own start-up, and
   * sends their report over the IPC channel (`scripts/lib/site-build.ts`).
   * Pages judge "is it published yet" against the same moment. Unset, as
   * under `astro build` alone, the build starts the checks itself.
   */
  checksFromParent: Date | undefined;
  /**
   * TEST ONLY (`JINGUO_TEST_ONLY_CHECKS_WARN=1`): a build goes on over content
   * problems, listing them as warnings. The hostile-content tests build content
   * the checker refuses with it, to show that what reaches dist/ is safe when
   * the checker misses something: the allowlist in the Markdown pipeline
   * (src/safety/) is the guarantee, the checker the staff's explanation. Never
   * set for a site that is published.
   */
  testOnlyChecksWarn: boolean;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The options an environment describes; an unknown tweak's name stops the build rather than measure the wrong thing. */
export function readBuildOptions(env: Environment): BuildOptions {
  const off = new Set((env.JINGUO_TUNING_OFF ?? '').split(',').map((name) => name.trim()));
  off.delete('');
  for (const name of off) {
    if (!(TUNINGS as readonly string[]).includes(name)) {
      throw new Error(`JINGUO_TUNING_OFF: no tweak is called "${name}" (there are ${TUNINGS.join(', ')})`);
    }
  }
  const workers = Number(env.JINGUO_SEARCH_WORKERS);
  return {
    contentDir: env.JINGUO_CONTENT_DIR ?? 'content',
    cacheDir: env.JINGUO_CACHE_DIR ?? 'node_modules/.astro',
    timingsFile: env.JINGUO_TIMINGS_FILE || undefined,
    search: {
      workers: Number.isInteger(workers) && workers > 0 ? workers : undefined,
      indexAhead: env.JINGUO_INDEX_AHEAD !== '0',
      stage: env.JINGUO_SEARCH_STAGE === 'after-astro' ? 'after-astro' : 'in-astro',
    },
    tuning: Object.fromEntries(TUNINGS.map((name) => [name, !off.has(name)])) as Record<Tuning, boolean>,
    adminRepo: env.JINGUO_ADMIN_REPO || undefined,
    manifestDraft: env.JINGUO_MANIFEST_DRAFT || undefined,
    checksFromParent: env.JINGUO_CHECKS_FROM_PARENT ? new Date(env.JINGUO_CHECKS_FROM_PARENT) : undefined,
    testOnlyChecksWarn: env.JINGUO_TEST_ONLY_CHECKS_WARN === '1',
  };
}

/** This process's build options. */
export const buildOptions: BuildOptions = readBuildOptions(process.env);

/** What the build's first hook tells the pages it renders: the same process, but bundled apart from the config. */
export interface BuildRun {
  /** The moment the build started: pages and checks judge "is it published yet" against it. */
  time: Date;
  /** Astro's command: `dev` shows drafts and future-dated items, with a banner saying so. */
  command: string;
}

/** Set by the content guard when Astro starts (`src/build/content-guard/integration.ts`). */
export function setBuildRun({ time, command }: BuildRun): void {
  process.env.JINGUO_BUILD_TIME = time.toISOString();
  process.env.JINGUO_PREVIEW = command;
}

/** Read by `src/data/` when pages render; a page rendered outside a build (a component test) gets now and no command. */
export function buildRun(): Partial<BuildRun> & { time: Date } {
  const time = process.env.JINGUO_BUILD_TIME;
  return { time: time ? new Date(time) : new Date(), command: process.env.JINGUO_PREVIEW };
}

/**
 * The draft of the URL manifest this build has recorded its URLs in, set by
 * the content guard before any page renders; the pages read their short
 * links from it. Undefined outside a production build (dev, a component
 * test): they read the committed manifest.
 */
export function buildManifestDraft(): string | undefined {
  return process.env.JINGUO_BUILD_MANIFEST || undefined;
}

export function setBuildManifestDraft(file: string): void {
  process.env.JINGUO_BUILD_MANIFEST = file;
}
