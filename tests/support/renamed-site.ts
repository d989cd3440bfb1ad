import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, projectRoot, type AstroRun } from './astro-cli.ts';
import { parseManifest } from '../../src/url-manifest/manifest.ts';

export interface RenamedSite {
  /** The copy of the fixture site's content, with its committed manifest as the builds left it. */
  content: string;
  outDir: string;
  /** The short code the article had before it was renamed. */
  shortBefore: string;
  /** The build after renaming news/2024/sijie-peixun.md, with no alias. */
  withoutAlias: AstroRun;
  /** The build after adding the old URL to the renamed entry's aliases. */
  withAlias: AstroRun;
}

/**
 * Renames a published article in a copy of the fixture site and builds it
 * twice: without an alias, then with one. Run from the global setup, before
 * any test, because every build rewrites `.astro/content-assets.mjs`, which
 * the unit tests' `astro:content` imports.
 */
export function buildRenamedSite(): RenamedSite {
  const content = join(projectRoot, 'tests/.tmp/renamed-content');
  const outDir = join(projectRoot, 'tests/.tmp/renamed-dist');
  rmSync(content, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), content, { recursive: true });
  const manifest = parseManifest(readFileSync(join(content, 'urls.jsonl'), 'utf8'));
  const shortBefore = manifest.get('/news/2024/sijie-peixun/')?.short ?? '';

  const oldFile = join(content, 'news/2024/sijie-peixun.md');
  const newFile = join(content, 'news/2024/sijie-jiazheng-peixun.md');
  renameSync(oldFile, newFile);
  renameSync(oldFile.replace(/\.md$/, '.png'), newFile.replace(/\.md$/, '.png'));
  const renamed = readFileSync(newFile, 'utf8').replaceAll('./sijie-peixun.png', './sijie-jiazheng-peixun.png');
  writeFileSync(newFile, renamed);
  const withoutAlias = buildSite({ contentDir: content, outDir });

  writeFileSync(
    newFile,
    renamed.replace(
      'aliases: [/news/2024/jilin-sijie-peixun/',
      'aliases: [/news/2024/sijie-peixun/, /news/2024/jilin-sijie-peixun/',
    ),
  );
  const withAlias = buildSite({ contentDir: content, outDir });
  return { content, outDir, shortBefore, withoutAlias, withAlias };
}
