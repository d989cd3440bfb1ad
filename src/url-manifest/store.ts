import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { buildOptions } from '../build/options.ts';
import { MANIFEST_FILE, ManifestError, parseManifest, serializeManifest, type UrlManifest } from './manifest.ts';

/**
 * Where the URL manifest is kept, and the only module that reads or writes
 * its files: the committed manifest (`content/urls.json`), and the draft a
 * build keeps while it runs. A build never writes the committed file until
 * it has succeeded: it records into a draft, which the pages read their
 * short links from, and the draft becomes the manifest only at the end
 * (`commitManifestDraft`, from `npm run build` once `dist/` is in place, or
 * from the build's last hook under `astro build` alone).
 */
export interface LoadedManifest {
  /** Path relative to the project root, with forward slashes, for problem lines. */
  file: string;
  absolute: string;
  /** The text as read; empty when there is no manifest yet. */
  text: string;
  records: UrlManifest;
}

/** The manifest lives with the content it describes: `content/urls.json`, or a fixture site's own. */
export function manifestLocation(root: string): { absolute: string; file: string } {
  const absolute = resolve(root, buildOptions.contentDir, MANIFEST_FILE);
  return { absolute, file: relative(root, absolute).split(sep).join('/') };
}

/**
 * Reads the committed manifest, or a build's draft of it (`from`, an absolute
 * path) while that build runs; problems still name the committed file. A site
 * that has never been built has none yet, and every URL is new.
 */
export function loadManifest(root: string, from?: string): LoadedManifest {
  const { absolute: committed, file } = manifestLocation(root);
  const absolute = from ?? committed;
  if (!existsSync(absolute)) return { file, absolute, text: '', records: new Map() };
  const text = readFileSync(absolute, 'utf8');
  return { file, absolute, text, records: parseManifest(text) };
}

/**
 * Writes `manifest` to `absolute` (the committed manifest or a draft) unless
 * it already holds exactly that text: an unchanged manifest stays byte for
 * byte as it was. Returns the text.
 */
export function saveManifest(absolute: string, manifest: UrlManifest): string {
  const text = serializeManifest(manifest);
  if (!existsSync(absolute) || readFileSync(absolute, 'utf8') !== text) writeWhole(absolute, text);
  return text;
}

/**
 * Makes a build's draft the committed manifest, when it says anything new,
 * and removes the draft. Returns whether the committed manifest changed.
 */
export function commitManifestDraft(root: string, draft: string): boolean {
  if (!existsSync(draft)) return false;
  const text = readFileSync(draft, 'utf8');
  const { absolute } = manifestLocation(root);
  const changed = !existsSync(absolute) || readFileSync(absolute, 'utf8') !== text;
  if (changed) writeWhole(absolute, text);
  discardManifestDraft(draft);
  return changed;
}

/** Removes a draft a build has left (it failed, or was stopped); the committed manifest is untouched. */
export function discardManifestDraft(draft: string): void {
  rmSync(draft, { force: true });
}

/**
 * Writes a file so that it is, at every moment, either all old or all new:
 * into a temporary file beside it, then renamed over it (a rename within a
 * folder is atomic). A build stopped halfway never leaves half a manifest.
 */
function writeWhole(absolute: string, text: string): void {
  mkdirSync(dirname(absolute), { recursive: true });
  const temporary = join(dirname(absolute), `.${basename(absolute)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, absolute);
}

export { ManifestError };
