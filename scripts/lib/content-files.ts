import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { loadManifest, manifestLocation, ManifestError, type LoadedManifest } from '../../src/url-manifest/store.ts';
import type { KnownCity } from '../../src/import/model.ts';
import { UsageError } from './usage-error.ts';
import { collections } from '../../src/schemas/index.ts';

/** A city as the tools need it: its file name, names to recognise in text, its WeChat account and its script. */
export type CityInfo = KnownCity;

/** The cities under a project root, read leniently: a tool must still run while another file has a problem. */
export function readCities(root: string): CityInfo[] {
  const base = resolve(root, collections.cities.base);
  return globSync('*.md', { cwd: base })
    .sort()
    .flatMap((file) => {
      try {
        const { data } = parseFrontmatter(readFileSync(join(base, file), 'utf8'));
        return [
          {
            id: file.replace(/\.md$/, ''),
            name: String(data.name ?? ''),
            federation: String(data.federation ?? ''),
            ...(typeof data.wechat === 'string' && data.wechat ? { wechat: data.wechat } : {}),
            lang: data.lang === 'zh-Hant' ? ('zh-Hant' as const) : ('zh-Hans' as const),
          },
        ];
      } catch {
        return [];
      }
    });
}

/**
 * The first free file for a slug: `x.md`, else `x-2.md`, `x-3.md`, … A name is
 * taken when a file (`.md` or `.mdx`) has it or when the URL manifest remembers
 * its URL, so a new entry never takes over an old link.
 */
export function freeFile(root: string, folder: string, slug: string, urlOf: (slug: string) => string): string {
  const { records } = manifestOrUsageError(root);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const taken =
      existsSync(join(folder, `${candidate}.md`)) ||
      existsSync(join(folder, `${candidate}.mdx`)) ||
      records.has(urlOf(candidate));
    if (!taken) return join(folder, `${candidate}.md`);
  }
}

/** The URL manifest, or, when it cannot be read, a message naming its file and line (`npm run new` and `import` print it). */
export function manifestOrUsageError(root: string): LoadedManifest {
  try {
    return loadManifest(root);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    throw new UsageError(`${error.file ?? manifestLocation(root).file}:${error.line}: ${error.message}`);
  }
}

export function toPosix(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}
