import type { AstroConfig, AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitManifestDraft } from '../url-manifest/store.ts';
import { buildOptions, type BuildOptions } from './options.ts';

/** What a build tells staff when it has recorded new URLs in `content/urls.jsonl`. */
export const MANIFEST_UPDATED = '已把新网址记入网址清单 urls.jsonl:请把它和内容一起提交。';

/**
 * Where a build keeps its draft of the URL manifest: the one its caller
 * named (`JINGUO_MANIFEST_DRAFT`), or one in Astro's cache folder.
 */
export function manifestDraftOf(
  config: Pick<AstroConfig, 'root' | 'cacheDir'>,
  options: Pick<BuildOptions, 'manifestDraft'> = buildOptions,
): string {
  return options.manifestDraft
    ? resolve(fileURLToPath(config.root), options.manifestDraft)
    : join(fileURLToPath(config.cacheDir), 'jinguo-urls.draft.jsonl');
}

/**
 * Under `astro build` alone, makes the build's draft of the URL manifest
 * `content/urls.jsonl`, in the last hook of all: after every page, redirect,
 * sitemap and the search index is written, so that a build that failed on
 * the way has changed nothing. (Astro writes `dist/` in place then; `npm run
 * build` builds beside it and replaces it whole, and commits the draft
 * itself once it has: `scripts/lib/site-build.ts`.) Listed last.
 */
export function manifestCommit(options: Pick<BuildOptions, 'manifestDraft'> = buildOptions): AstroIntegration {
  let root = '';
  let draft = '';
  return {
    name: 'jinguo:manifest-commit',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        draft = manifestDraftOf(config, options);
      },
      'astro:build:done': ({ logger }) => {
        if (options.manifestDraft) return;
        if (commitManifestDraft(root, draft)) logger.info(MANIFEST_UPDATED);
      },
    },
  };
}
