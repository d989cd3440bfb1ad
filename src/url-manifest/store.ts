import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { writeWhole } from '../lib/write-whole.ts';
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
 * Where the URL manifest is kept, and the only module that reads or writes
 * its files: the committed manifest (`content/urls.jsonl`, or `urls.json` on a
 * site from before the line-by-line format), and the draft a build keeps while
 * it runs. A build never writes the committed file until it has succeeded: it
 * records into a draft, which the pages read their short links from, and the
 * draft becomes the manifest only at the end (`commitManifestDraft`, from
 * `npm run build` once `dist/` is in place, or from the build's last hook
 * under `astro build` alone).
 */
export interface LoadedManifest {
  /** The file read, relative to the project root with forward slashes, for problem lines. */
  file: string;
  /** The file read: the committed manifest, its older format, or a build's draft. */
  absolute: string;
  /** The text as read; empty when there is no manifest yet. */
  text: string;
  records: UrlManifest;
  /** `<content>/urls.json` in the older format, when it is still there: the next commit replaces it. */
  legacy?: string;
}

/** The manifest lives with the content it describes: `content/urls.jsonl`, or a fixture site's own. */
export function manifestLocation(root: string): { absolute: string; file: string } {
  const absolute = resolve(root, buildOptions.contentDir, MANIFEST_FILE);
  return { absolute, file: projectPath(root, absolute) };
}

/**
 * Reads the committed manifest, or a build's draft of it (`from`, an absolute
 * path) while that build runs; problems name the committed file. A site that
 * has never been built has none yet, and every URL is new. A site deployed
 * before the format changed has `urls.json`: it is read as it is (its URLs
 * stay promised) until a build commits `urls.jsonl` in its place; both are
 * read when a branch from before the change merged it back.
 */
export function loadManifest(root: string, from?: string): LoadedManifest {
  const { absolute, file } = manifestLocation(root);
  if (from && existsSync(from)) {
    const text = readFileSync(from, 'utf8');
    return { file, absolute: from, text, records: parsed(file, text) };
  }
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
 * Writes `manifest` to `absolute` (the committed manifest or a draft) unless
 * it already holds exactly that text: an unchanged manifest stays byte for
 * byte as it was. Writing the committed `urls.jsonl` retires an older
 * `urls.json` beside it, whose URLs it now holds. Returns the text.
 */
export function saveManifest(absolute: string, manifest: UrlManifest): string {
  const text = serializeManifest(manifest);
  if (!existsSync(absolute) || readFileSync(absolute, 'utf8') !== text) writeWhole(absolute, text);
  if (basename(absolute) === MANIFEST_FILE) rmSync(join(dirname(absolute), LEGACY_MANIFEST_FILE), { force: true });
  return text;
}

/**
 * Makes a build's draft the committed manifest, when it says anything new
 * (or the site still has the older `urls.json`), and removes the draft.
 * Returns whether the committed manifest changed.
 */
export function commitManifestDraft(root: string, draft: string): boolean {
  if (!existsSync(draft)) return false;
  const text = readFileSync(draft, 'utf8');
  const { absolute } = manifestLocation(root);
  const legacy = join(dirname(absolute), LEGACY_MANIFEST_FILE);
  const changed = !existsSync(absolute) || readFileSync(absolute, 'utf8') !== text || existsSync(legacy);
  if (changed) {
    writeWhole(absolute, text);
    rmSync(legacy, { force: true });
  }
  discardManifestDraft(draft);
  return changed;
}

/** Removes a draft a build has left (it failed, or was stopped); the committed manifest is untouched. */
export function discardManifestDraft(draft: string): void {
  rmSync(draft, { force: true });
}

function read(root: string, absolute: string): { file: string; text: string; records: UrlManifest } {
  const file = projectPath(root, absolute);
  const text = readFileSync(absolute, 'utf8');
  return { file, text, records: parsed(file, text) };
}

function parsed(file: string, text: string): UrlManifest {
  try {
    return parseManifest(text);
  } catch (error) {
    if (error instanceof ManifestError) error.file = file;
    throw error;
  }
}

function projectPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

export { ManifestError };
