import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildOptions } from '../build/options.ts';
import {
  LEGACY_MANIFEST_FILE,
  MANIFEST_FILE,
  ManifestError,
  parseManifest,
  serializeManifest,
  unionOf,
  type UrlManifest,
} from './manifest.ts';

/**
 * The one place the URL manifest is read from and written to disk. The format
 * is manifest.ts's; this module knows where the file lives and that a site
 * from before the line-by-line format still has `urls.json`.
 */
export interface LoadedManifest {
  /** The file read, relative to the project root with forward slashes, for problem lines. */
  file: string;
  /** Where the manifest is written: `<content>/urls.jsonl`. */
  absolute: string;
  /** The text of `file` as committed; empty when there is no manifest yet. */
  text: string;
  records: UrlManifest;
  /** `<content>/urls.json` in the older format, when it is still there: the next save replaces it. */
  legacy?: string;
}

/** The manifest lives with the content it describes: `content/urls.jsonl`, or a fixture site's own. */
export function manifestLocation(root: string): { absolute: string; file: string } {
  const absolute = resolve(root, buildOptions.contentDir, MANIFEST_FILE);
  return { absolute, file: projectPath(root, absolute) };
}

/**
 * Reads the manifest; a site that has never been built has none yet, and every URL is new. A site deployed
 * before the format changed has `urls.json`: it is read as it is (its URLs stay promised) until the next
 * build writes `urls.jsonl` in its place. Both are read when a branch from before the change merged it back.
 */
export function loadManifest(root: string): LoadedManifest {
  const { absolute, file } = manifestLocation(root);
  const legacyAbsolute = resolve(root, buildOptions.contentDir, LEGACY_MANIFEST_FILE);
  const legacy = existsSync(legacyAbsolute) ? legacyAbsolute : undefined;
  const current = existsSync(absolute) ? read(root, absolute) : undefined;
  const old = legacy ? read(root, legacy) : undefined;
  const shown = current ?? old;
  return {
    file: shown?.file ?? file,
    absolute,
    text: shown?.text ?? '',
    records: current && old ? unionOf([current.records, old.records]) : (shown?.records ?? new Map()),
    ...(legacy ? { legacy } : {}),
  };
}

/**
 * Writes the manifest when it differs from what was read (or was still in the older format). Returns whether
 * anything was written.
 */
export function saveManifest(loaded: LoadedManifest, manifest: UrlManifest): boolean {
  const text = serializeManifest(manifest);
  const unchanged = !loaded.legacy && loaded.file.endsWith(MANIFEST_FILE) && text === loaded.text;
  if (unchanged) return false;
  writeFileSync(loaded.absolute, text);
  if (loaded.legacy) rmSync(loaded.legacy, { force: true });
  return true;
}

function read(root: string, absolute: string): { file: string; text: string; records: UrlManifest } {
  const file = projectPath(root, absolute);
  const text = readFileSync(absolute, 'utf8');
  try {
    return { file, text, records: parseManifest(text) };
  } catch (error) {
    if (error instanceof ManifestError) error.file = file;
    throw error;
  }
}

function projectPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

export { ManifestError };
