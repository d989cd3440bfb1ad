import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { confinedImagesPlugin, sanitizePlugin } from './markdown-plugins.ts';
import type { SanitizeOptions } from './sanitize.ts';

export interface SafeMarkdownOptions extends SanitizeOptions {
  /** The content folder: pictures written in a body must be inside it. */
  contentRoot: string;
}

/**
 * Astro's Markdown processor (satteri, as Astro 7 has by default) with the
 * allowlist in its pipeline: for `markdown.processor` in astro.config.mjs,
 * and so for `.md` and, through @astrojs/mdx, `.mdx` alike.
 *
 * Astro keeps rendered bodies in its cache and re-renders them only when its
 * configuration changes; the plugins carry a fingerprint of the sanitiser's
 * own source and options, so a changed allowlist is a changed configuration
 * and nothing rendered under an older one is published.
 */
export function safeMarkdownProcessor(options: SafeMarkdownOptions) {
  const fingerprint = safetyFingerprint(options);
  return satteri({
    mdastPlugins: [Object.assign(confinedImagesPlugin(options.contentRoot), { fingerprint })],
    hastPlugins: [Object.assign(sanitizePlugin({ embedHosts: options.embedHosts }), { fingerprint })],
  });
}

const sources = ['allowlist.ts', 'sanitize.ts', 'markdown-plugins.ts'];

function safetyFingerprint(options: SafeMarkdownOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const file of sources) hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  return hash.digest('base64url').slice(0, 16);
}
