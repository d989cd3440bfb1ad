import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The folders of a build that replaces its output whole: it builds into
 * `staging` beside `target` (`dist.building`, always the same name, so that
 * what Astro and the search index keep between builds still matches), and
 * only a build that succeeded puts it in place of `target`. A build that
 * fails or is stopped leaves the last good site exactly as it was: never a
 * half-written `dist/` that an upload would publish.
 */
export interface StagedOutput {
  target: string;
  staging: string;
  /**
   * The site the last build replaced: moved here when the new one went in,
   * and kept until the next build, which deletes it while it works
   * (`discardPrevious`) instead of making the build that replaced it wait.
   */
  previous: string;
  /** Where sites no longer needed are deleted from, while a build runs. */
  discarded: string;
}

export function stagedOutput(target: string): StagedOutput {
  return { target, staging: `${target}.building`, previous: `${target}.previous`, discarded: `${target}.discarded` };
}

/**
 * What a host keeps in the site's folder that no build makes: Astro itself
 * leaves `.git` in `outDir` (a site pushed to a pages branch from `dist/`).
 */
const KEPT = ['.git'];

/**
 * Puts the staged build in place of the target: the target moved aside to
 * `previous`, the staging folder moved in, each a rename within one folder.
 * Between the two renames there is no target for an instant; `recoverOutput`
 * mends a build stopped just then. The old site stays in `previous` until the
 * next build: deleting a large site's files takes seconds (docs/performance.md).
 */
export function replaceOutput({ target, staging, previous }: StagedOutput): void {
  // Normally moved away when this build started (`discardPrevious`); still here only if that step was not run.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  carryOver(previous, target);
}

/** Before a build: undoes a replacement that was stopped between its renames, so that the target is a whole site. */
export function recoverOutput({ target, previous }: StagedOutput): void {
  if (!existsSync(previous)) return;
  if (!existsSync(target)) {
    renameSync(previous, target);
    return;
  }
  carryOver(previous, target);
}

/**
 * At the start of a build: moves the site the last build replaced out of the
 * way at once (a rename) and deletes it, with anything a stopped build left
 * to delete, while the build goes on. The build waits for it before it
 * replaces its output, so that no more than one old site is ever kept.
 */
export function discardPrevious({ previous, discarded }: StagedOutput): Promise<void> {
  if (existsSync(previous)) {
    mkdirSync(discarded, { recursive: true });
    renameSync(previous, join(discarded, String(Date.now())));
  }
  if (!existsSync(discarded)) return Promise.resolve();
  // A folder that cannot be deleted now stays for the next build to try again; it never fails this one.
  return rm(discarded, { recursive: true, force: true }).catch(() => undefined);
}

/** After a failed build: the half-written staging folder goes, so that nobody uploads it. */
export function discardStaging({ staging }: StagedOutput): void {
  rmSync(staging, { recursive: true, force: true });
}

function carryOver(from: string, to: string): void {
  for (const name of KEPT) {
    if (existsSync(join(from, name)) && !existsSync(join(to, name))) renameSync(join(from, name), join(to, name));
  }
}

/** Astro's arguments with the output folder replaced: `--outDir x` and `--outDir=x` give way to `staging`. */
export function withOutDir(astroArgs: readonly string[], outDir: string): string[] {
  const args: string[] = [];
  for (let index = 0; index < astroArgs.length; index++) {
    const arg = astroArgs[index]!;
    if (arg === '--outDir') index++;
    else if (!arg.startsWith('--outDir=')) args.push(arg);
  }
  return [...args, '--outDir', outDir];
}
