import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildOptions } from '../build/options.ts';
import { MANIFEST_FILE, ManifestError, parseManifest, type UrlManifest } from './manifest.ts';

export interface LoadedManifest {
  /** Path relative to the project root, with forward slashes, for problem lines. */
  file: string;
  absolute: string;
  /** The text as committed; empty when there is no manifest yet. */
  text: string;
  records: UrlManifest;
}

/** The manifest lives with the content it describes: `content/urls.json`, or a fixture site's own. */
export function manifestLocation(root: string): { absolute: string; file: string } {
  const absolute = resolve(root, buildOptions.contentDir, MANIFEST_FILE);
  return { absolute, file: relative(root, absolute).split(sep).join('/') };
}

/** Reads the manifest; a site that has never been built has none yet, and every URL is new. */
export function loadManifest(root: string): LoadedManifest {
  const { absolute, file } = manifestLocation(root);
  if (!existsSync(absolute)) return { file, absolute, text: '', records: new Map() };
  const text = readFileSync(absolute, 'utf8');
  return { file, absolute, text, records: parseManifest(text) };
}

export { ManifestError };
