import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { manifestCommit, manifestDraftOf, MANIFEST_UPDATED } from '../../src/build/manifest-commit.ts';

const work = mkdtempSync(join(tmpdir(), 'jinguo-manifest-commit-'));
const root = join(work, 'site');
const cacheDir = join(root, 'node_modules/.astro');
const committed = join(root, 'content/urls.jsonl');
const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) };
const draftText = '{\n  "urls": {\n    "/news/2024/b/": {"entry":"news/2024/b","short":"p3xd"}\n  }\n}\n';

/** Runs the integration's two hooks as Astro would at the end of a build, and returns what it logged. */
async function finish(integration: AstroIntegration): Promise<string[]> {
  const said: string[] = [];
  const logger = { info: (line: string) => said.push(line) };
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config, logger });
  await hooks['astro:build:done']!({ logger });
  return said;
}

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(committed, '{\n  "urls": {}\n}\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('manifestCommit, the last hook of astro build alone', () => {
  it('makes the build’s draft content/urls.jsonl, and says so', async () => {
    const draft = manifestDraftOf(config, { manifestDraft: undefined });
    expect(draft).toBe(join(cacheDir, 'jinguo-urls.draft.jsonl'));
    writeFileSync(draft, draftText);
    expect(await finish(manifestCommit({ manifestDraft: undefined }))).toEqual([MANIFEST_UPDATED]);
    expect(readFileSync(committed, 'utf8')).toBe(draftText);
    expect(existsSync(draft)).toBe(false);
  });

  it('leaves the draft to npm run build when it named one, which commits it once dist/ is in place', async () => {
    const options = { manifestDraft: join(work, 'draft.json') };
    expect(manifestDraftOf(config, options)).toBe(join(work, 'draft.json'));
    writeFileSync(options.manifestDraft, draftText);
    expect(await finish(manifestCommit(options))).toEqual([]);
    expect(readFileSync(committed, 'utf8')).toBe('{\n  "urls": {}\n}\n');
    expect(readFileSync(options.manifestDraft, 'utf8')).toBe(draftText);
  });
});
