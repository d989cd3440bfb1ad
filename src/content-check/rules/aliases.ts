import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sectionPaths } from '../../lib/urls.ts';
import { normaliseSitePath } from '../../safety/site-paths.ts';
import { searchAssets } from '../../search/core/assets.ts';
import type { Problem, RuleContext } from '../model.ts';
import { generatedPaths } from './links.ts';

/** Folders and files the build itself writes at the top of the site; no old URL may be one of them or inside them. */
const RESERVED_FOLDERS = ['/_astro/', `/${searchAssets.dir}/`, '/admin/', '/s/', '/share/'];
const RESERVED_FILES = [
  '/404.html',
  '/rss.xml',
  '/robots.txt',
  '/sitemap-index.xml',
  '/_redirects',
  '/_headers',
  '/nginx-redirects.conf',
  '/nginx-headers.conf',
];

/**
 * An alias is an old URL that redirects to its entry. It must normalise
 * (percent-escapes, `.` and `..`, case, trailing slash, `index.html`) to a
 * path that nothing on the site occupies — no page the build makes (entries,
 * lists and their later pages, tags, years), no asset, feed, sitemap or file
 * from public/ — that is not the entry's own URL, and that no other entry
 * claims. A build writes no redirect over a file it made all the same
 * (src/url-manifest/publish.ts); this says which line to fix.
 */
export function checkAliases(context: RuleContext): Problem[] {
  const { pages, manifest } = context;
  const occupied = new Map<string, string>();
  const occupy = (path: string, what: string) => {
    const normalised = normaliseSitePath(path);
    if (!('error' in normalised) && !occupied.has(normalised.key)) occupied.set(normalised.key, what);
  };
  for (const path of sectionPaths) occupy(path, '网站的栏目页');
  for (const path of generatedPaths(context)) occupy(path, '网站生成的页面(年份或标签)');
  for (const [path, record] of manifest?.records ?? [])
    if (!record.entry && !record.to) occupy(path, '网站生成的列表页');
  for (const path of RESERVED_FILES) occupy(path, '网站自己的文件');
  for (const path of publicFiles(context.root)) occupy(path, ` public 文件夹里的文件 public${path} `);
  const pageOwner = new Map<string, (typeof pages)[number]>();
  for (const page of pages) {
    const normalised = normaliseSitePath(page.path);
    if (!('error' in normalised)) pageOwner.set(normalised.key, page);
  }

  const aliasOwner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const page of pages) {
    page.aliases.forEach(({ path, line }, index) => {
      const report = (message: string) => problems.push({ file: page.file, line, field: `aliases.${index}`, message });
      const normalised = normaliseSitePath(path);
      if ('error' in normalised) return report(`旧网址“${path}”${normalised.error}`);
      const { key } = normalised;
      const owner = pageOwner.get(key);
      if (owner === page) return report('这是本条内容自己现在的网址(写法不同也算),不用写在 aliases 里');
      if (owner) return report(`这是 ${owner.file} 的网址,不能再跳转到这里`);
      if (aliasOwner.has(key))
        return report(`这个旧网址已经写在 ${aliasOwner.get(key)} 的 aliases 里:一个旧网址只能跳转到一个地方`);
      const taken = occupied.get(key) ?? occupiedByPattern(key, occupied);
      if (taken) return report(`这个网址是${taken},不能用作旧网址:跳转会盖住它`.replace(/ ,/, ','));
      aliasOwner.set(key, page.file);
    });
  }
  return problems;
}

/** What occupies `key` though no list holds it: a reserved folder, a later page of a list, a feed, a file's inside. */
function occupiedByPattern(key: string, occupied: ReadonlyMap<string, string>): string | undefined {
  if (RESERVED_FOLDERS.some((folder) => key.startsWith(folder)))
    return '网站自己的文件夹(图片、搜索索引、编辑器、短链接、分享图)';
  if (/^\/sitemap-\d+\.xml$/.test(key) || /\/rss\.xml$/.test(key)) return '网站的订阅源或网站地图';
  const list = /^(.*\/)page\/\d+\/$/.exec(key)?.[1];
  if (list && occupied.has(list)) return '网站生成的列表页';
  // Inside a file (`/favicon.svg/x/`): the host cannot make a folder there.
  for (const [path, what] of occupied) if (!path.endsWith('/') && key.startsWith(`${path}/`)) return what;
  return undefined;
}

/** Every file in public/, as a site path (`/favicon.svg`). */
function publicFiles(root: string): string[] {
  const folder = join(root, 'public');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => `/${relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}
