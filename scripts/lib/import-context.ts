import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { loadManifest } from '../../src/url-manifest/load.ts';
import { paths } from '../../src/lib/urls.ts';
import type { ExistingEntry, ImportContext, KnownName } from '../../src/import/model.ts';
import { collections } from '../../src/schemas/index.ts';
import { readCities, toPosix } from './content-files.ts';

/** What the importer needs to know about the site under `root`, read from its files. */
export function importContext(root: string, now?: Date): ImportContext {
  const cities = readCities(root);
  const names: KnownName[] = [
    ...cities.map((city) => ({ name: city.name, slug: city.id })),
    ...namedEntries(root, collections.brands.base),
    ...namedEntries(root, collections.people.base),
  ];
  const newsBase = resolve(root, collections.news.base);
  const files = globSync('*/*.{md,mdx}', { cwd: newsBase }).map(toPosixPath).sort();
  const existing = files.flatMap((file): ExistingEntry[] => {
    const read = readEntry(join(newsBase, file));
    if (!read) return [];
    const { data, body } = read;
    const date = data.date instanceof Date ? data.date.toISOString() : String(data.date ?? '');
    const firstParagraph = body
      .split(/\n\s*\n/u)
      .map((part) => part.trim())
      .find(
        (part) =>
          part &&
          !part.startsWith('#') &&
          !part.startsWith('!') &&
          !part.startsWith('<') &&
          !part.startsWith('import '),
      );
    return [
      {
        file: toPosix(root, join(newsBase, file)),
        title: String(data.title ?? ''),
        ...(/^\d{4}-\d{2}-\d{2}/u.test(date) ? { day: date.slice(0, 10) } : {}),
        ...(firstParagraph ? { firstParagraph } : {}),
      },
    ];
  });
  const taken = new Set(files.map((file) => file.replace(/\.mdx?$/u, '')));
  const newsUrl = new RegExp(`^${paths.news('(\\d{4}/[^/]+)').replace(/\//gu, '\\/')}$`, 'u');
  for (const url of loadManifest(root).records.keys()) {
    const id = newsUrl.exec(url)?.[1];
    if (id) taken.add(id);
  }
  return { cities, names, existing, taken, newsFolder: collections.news.base, ...(now ? { now } : {}) };
}

/** `name:` of each brand or person, with its file name as the slug. */
function namedEntries(root: string, base: string): KnownName[] {
  const folder = resolve(root, base);
  return globSync('*.{md,mdx}', { cwd: folder }).flatMap((file) => {
    const name = readEntry(join(folder, file))?.data.name;
    return typeof name === 'string' && name ? [{ name, slug: file.replace(/\.mdx?$/u, '') }] : [];
  });
}

/** An entry read leniently: the importer must still run while another file has a problem. */
function readEntry(absolute: string): { data: Record<string, unknown>; body: string } | undefined {
  try {
    const { data, body } = parseFrontmatter(readFileSync(absolute, 'utf8'));
    return { data, body };
  } catch {
    return undefined;
  }
}

function toPosixPath(path: string): string {
  return path.split('\\').join('/');
}
