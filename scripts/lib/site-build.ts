import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import {
  CHECKS_REPORT,
  CHECKS_WANTED,
  guardReportInChild,
  type ChecksReportMessage,
} from '../../src/build/content-guard/guard-child.ts';
import { MANIFEST_UPDATED } from '../../src/build/manifest-commit.ts';
import { buildOptions } from '../../src/build/options.ts';
import { SearchStage } from '../../src/build/search/stage.ts';
import { markStage } from '../../src/build/timings.ts';
import { keepHeapLean } from '../../src/build/tuning/lean-heap.ts';
import { commitManifestDraft, discardManifestDraft } from '../../src/url-manifest/store.ts';
import { astroInvocation, projectRoot } from './astro-cli.ts';
import {
  discardPrevious,
  discardStaging,
  recoverOutput,
  replaceOutput,
  stagedOutput,
  withOutDir,
} from './staged-output.ts';

/** Where `astro build` writes, from its arguments (`--outDir x`, `--outDir=x`; Astro reads them from the project folder), or `dist/`. */
export function outDirOf(astroArgs: readonly string[]): string {
  for (const [index, arg] of astroArgs.entries()) {
    if (arg === '--outDir' && astroArgs[index + 1]) return resolve(projectRoot, astroArgs[index + 1]!);
    if (arg.startsWith('--outDir=')) return resolve(projectRoot, arg.slice('--outDir='.length));
  }
  return join(projectRoot, 'dist');
}

/**
 * The site's production build, as `npm run build` runs it: `astro build` in
 * a process of its own, told to leave the search index to this one
 * (`JINGUO_SEARCH_STAGE=after-astro`), which builds it once Astro's process
 * has ended. `astro build` alone builds it in its last hook, on top of the
 * content store Astro holds until it exits, most of its memory; here the
 * indexer has the memory to itself (docs/performance.md). Over the IPC
 * channel Astro says when each year of news is written (it is indexed
 * meanwhile, on the core Astro's rendering leaves partly idle) and when
 * every page is (they are read while Astro writes its redirect pages and
 * sitemap).
 *
 * Nothing is published until all of it has succeeded: Astro writes into a
 * staging folder beside the output (`staged-output.ts`) and records new URLs
 * in a draft of the URL manifest (`JINGUO_MANIFEST_DRAFT`); then the staging
 * folder replaces `dist/` and the draft becomes `content/urls.jsonl`. A build
 * that fails, or is stopped, leaves both exactly as they were.
 *
 * Returns the exit status for the command line.
 */
export async function buildWithSearch(astroArgs: string[], log: (line: string) => void): Promise<number> {
  const output = stagedOutput(outDirOf(astroArgs));
  recoverOutput(output);
  const discarding = discardPrevious(output);
  const cacheDir = resolve(projectRoot, buildOptions.cacheDir);
  const draft = join(cacheDir, 'jinguo-urls.draft.jsonl');
  // The content checks start now, in a process of their own, rather than after Astro's start-up; Astro's process
  // gets their report over the IPC channel (`guardReportFromParent`) and judges pages against the same moment.
  const checksStarted = new Date();
  const checks = guardReportInChild(projectRoot, checksStarted);
  // Its failure is Astro's to report, when it asks; a build that ends before asking has failed already.
  checks.catch(() => undefined);
  const { command, args, env, cwd } = astroInvocation(['build', ...withOutDir(astroArgs, output.staging)], {
    JINGUO_SEARCH_STAGE: 'after-astro',
    JINGUO_MANIFEST_DRAFT: draft,
    JINGUO_CHECKS_FROM_PARENT: checksStarted.toISOString(),
  });
  const search = new SearchStage({
    outDir: output.staging,
    cacheDir,
    early: buildOptions.search.indexAhead,
    workers: buildOptions.search.workers,
  });
  const failed = async (status: number) => {
    discardStaging(output);
    discardManifestDraft(draft);
    await discarding;
    return status;
  };
  const child = spawn(command, args, { cwd, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const send = (message: ChecksReportMessage) => {
    if (child.connected) child.send(message);
  };
  child.on('message', (message) => {
    if (message !== CHECKS_WANTED) return search.message(message);
    checks.then(
      (report) => send({ type: CHECKS_REPORT, report }),
      (error: unknown) => send({ type: CHECKS_REPORT, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  const status = await new Promise<number>((done) => {
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
  if (status !== 0) {
    await search.stop();
    return failed(status);
  }
  // Astro's own work ends when its process does (it tidies up after its last hook); indexing starts here.
  markStage('astroExited');
  try {
    keepHeapLean();
    log(await search.finish());
    markStage('indexed');
  } catch (error) {
    // A page marked up so that its search result would show wrongly stops the build, by name, without a stack trace.
    log(`搜索索引没有建成:${error instanceof Error ? error.message : String(error)}`);
    return failed(1);
  }
  await discarding;
  replaceOutput(output);
  if (commitManifestDraft(projectRoot, draft)) log(MANIFEST_UPDATED);
  return 0;
}
