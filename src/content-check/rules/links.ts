import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../config/site.ts';
import { shanghaiYear } from '../../lib/dates.ts';
import { isListed } from '../../lib/publishing.ts';
import { toSimplified } from '../../lib/script.ts';
import { paths, sectionPaths } from '../../lib/urls.ts';
import type { CheckedEntry, Problem, RuleContext } from '../model.ts';
import { bodyTags } from '../html-tags.ts';
import { bodyNodes, fileLine } from '../markdown.ts';

const origin = new URL(site.url).origin;

/** Links in the body to pages of this site must lead somewhere a reader will find a page. */
export function checkLinks(context: RuleContext): Problem[] {
  const known = knownPaths(context);
  const unpublished = new Map(context.pages.filter((page) => !page.live).map((page) => [page.path, page]));
  const pageByFile = new Map(context.pages.map((page) => [page.file, page]));
  const problems: Problem[] = [];
  for (const entry of context.entries) {
    const base = new URL(pageByFile.get(entry.file)?.path ?? '/', origin);
    for (const { href, line } of linksIn(entry)) {
      const message = checkHref(href, base, known, unpublished, context.root);
      if (message) problems.push({ file: entry.file, line, message });
    }
  }
  return problems;
}

function linksIn(entry: CheckedEntry): { href: string; line: number }[] {
  return [
    ...bodyNodes(entry)
      .filter((node) => (node.type === 'link' || node.type === 'definition') && typeof node.url === 'string')
      .map((node) => ({ href: node.url ?? '', line: fileLine(entry, node) })),
    ...bodyTags(entry)
      .filter((tag) => tag.name === 'a' && tag.attribs.href !== undefined)
      .map((tag) => ({ href: tag.attribs.href ?? '', line: tag.line })),
  ];
}

function checkHref(
  href: string,
  base: URL,
  known: ReadonlySet<string>,
  unpublished: ReadonlyMap<string, { file: string; state: string }>,
  root: string,
): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  // Other schemes (mailto:, tel:, https: elsewhere) are not ours to check; unsafe ones are the HTML rule's.
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith(origin)) return undefined;
  if (trimmed.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return `链接“${href}”写法有误`;
  }
  let path: string;
  try {
    path = decodeURI(url.pathname);
  } catch {
    path = url.pathname;
  }
  if (/\.mdx?$/i.test(path)) {
    return `链接“${href}”指向的是内容文件,不是网页:请写网页地址,例如 ${paths.news('2024/liaocheng-linyi-jiaoliu')}`;
  }
  const asDirectory = /\/[^/.]+$/.test(path) ? `${path}/` : path;
  if (known.has(asDirectory) || isPageOfKnownList(asDirectory, known) || isPublicFile(root, path)) return undefined;
  const waiting = unpublished.get(asDirectory);
  if (waiting) {
    return `链接“${href}”指向的 ${waiting.file} 还没有发布(${waiting.state === 'draft' ? '草稿' : '定时发布'}),读者点开会找不到页面`;
  }
  return `链接“${href}”指向的页面不存在:请检查网址;站内链接写成 /news/2024/文件名/ 这样的路径`;
}

/** `/news/page/3/` is fine when `/news/` is a list; how many pages it has depends on the build. */
function isPageOfKnownList(path: string, known: ReadonlySet<string>): boolean {
  const match = /^(.*\/)page\/\d+\/$/.exec(path);
  return Boolean(match?.[1] && known.has(match[1]));
}

function isPublicFile(root: string, path: string): boolean {
  if (path.endsWith('/')) return false;
  const target = join(root, 'public', path);
  return existsSync(target) && statSync(target).isFile();
}

/** Every page the next build will have, and every URL the manifest keeps alive as a redirect. */
export function knownPaths({ pages, entries, manifest }: RuleContext): Set<string> {
  const known = new Set<string>(sectionPaths);
  for (const page of pages) {
    if (!page.live) continue;
    known.add(page.path);
    for (const alias of page.aliases) known.add(alias.path);
  }
  const pageByFile = new Map(pages.map((page) => [page.file, page]));
  for (const entry of entries) {
    const page = pageByFile.get(entry.file);
    if (entry.collection !== 'news' || !page || !isListed(page.state)) continue;
    if (entry.data.date instanceof Date) known.add(paths.newsYear(shanghaiYear(entry.data.date)));
    for (const tag of Array.isArray(entry.data.tags) ? entry.data.tags : []) {
      if (typeof tag === 'string') known.add(paths.tag(toSimplified(tag)));
    }
  }
  for (const [path, record] of manifest?.records ?? []) {
    known.add(path);
    if (record.short) known.add(paths.short(record.short));
  }
  return known;
}
