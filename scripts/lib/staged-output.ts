import { existsSync, renameSync, rmSync } from 'node:fs';
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
  /** Where the last good site waits while the new one is moved in. */
  previous: string;
}

export function stagedOutput(target: string): StagedOutput {
  return { target, staging: `${target}.building`, previous: `${target}.previous` };
}

/**
 * What a host keeps in the site's folder that no build makes: Astro itself
 * leaves `.git` in `outDir` (a site pushed to a pages branch from `dist/`).
 */
const KEPT = ['.git'];

/**
 * Puts the staged build in place of the target: the target moved aside, the
 * staging folder moved in, each a rename within one folder, then the old site
 * deleted. Between the two renames there is no target for an instant;
 * `recoverOutput` mends a build stopped just then.
 */
export function replaceOutput({ target, staging, previous }: StagedOutput): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  carryOver(previous, target);
  rmSync(previous, { recursive: true, force: true });
}

/** Before a build: finishes or undoes a replacement that was stopped halfway, so that the target is a whole site. */
export function recoverOutput({ target, previous }: StagedOutput): void {
  if (!existsSync(previous)) return;
  if (!existsSync(target)) {
    renameSync(previous, target);
    return;
  }
  carryOver(previous, target);
  rmSync(previous, { recursive: true, force: true });
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
