import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './astro-cli.ts';

/**
 * The content of the search-quality site: the sample site's content with
 * the articles, brands and people of `tests/fixtures/search-quality/` added
 * (numbers, names with marks inside them, pinyin, and pages that hold a
 * query's parts apart), copied into a folder of its own to build.
 */
export function searchQualityContent(): string {
  const content = join(projectRoot, 'tests/.tmp/search-quality-content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/search-quality'), content, { recursive: true });
  return content;
}
