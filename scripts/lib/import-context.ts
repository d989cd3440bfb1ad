import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { importContextOf, type ContentRecord } from '../../src/import/context.ts';
import type { ImportContext } from '../../src/import/model.ts';
import { site } from '../../src/config/site.ts';
import { collections } from '../../src/schemas/index.ts';
import { manifestOrUsageError, toPosix } from './content-files.ts';

/** What the importer needs to know about the site under `root`, read from its files. */
export function importContext(root: string, now?: Date): ImportContext {
  return importContextOf({
    cities: records(root, collections.cities.base, '*.md'),
    brands: records(root, collections.brands.base, '*.{md,mdx}'),
    people: records(root, collections.people.base, '*.{md,mdx}'),
    news: records(root, collections.news.base, '*/*.{md,mdx}'),
    urls: manifestOrUsageError(root).records.keys(),
    newsFolder: collections.news.base,
    requireReview: site.requireReview,
    ...(now ? { now } : {}),
  });
}

/** A collection's entries, read leniently: the importer must still run while another file has a problem. */
function records(root: string, base: string, pattern: string): ContentRecord[] {
  const folder = resolve(root, base);
  return globSync(pattern, { cwd: folder })
    .map((file) => file.split('\\').join('/'))
    .sort()
    .flatMap((file) => {
      try {
        const { data, body } = parseFrontmatter(readFileSync(join(folder, file), 'utf8'));
        return [{ id: file.replace(/\.mdx?$/u, ''), data, body, file: toPosix(root, join(folder, file)) }];
      } catch {
        return [];
      }
    });
}
