import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';

/** Every file of a built site, by its path, with a hash of its bytes: two sites are the same when these are. */
export function fileDigests(dist: string): Record<string, string> {
  const files = globSync('**/*', { cwd: dist }).filter((file) => statSync(join(dist, file)).isFile());
  return Object.fromEntries(
    files.sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dist, file)))
        .digest('hex'),
    ]),
  );
}

/**
 * Every reader's HTML page in a built site, as URL paths (`/news/2024/x/`, `/404.html`). The editor at /admin/ is
 * staff's, not a reader's: it has its own tests (tests/site/editor-output.test.ts, tests/browser/editor.test.ts).
 */
export function pagePaths(dist: string): string[] {
  return globSync('**/*.html', { cwd: dist, exclude: ['admin/**'] })
    .map((file) => `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

export function readPage(dist: string, path: string): Document {
  const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  return parseDocument(readFileSync(file, 'utf8'));
}

export function select(doc: Document, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, doc.children);
}

export function byTag(doc: Document, tag: string): Element[] {
  return select(doc, (element) => element.name === tag);
}

export function textOf(node: Document | Element): string {
  return DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
}

export function htmlLang(doc: Document): string | undefined {
  return byTag(doc, 'html')[0]?.attribs.lang;
}

/** Hrefs of the links inside `<main>`, where page content lives. */
export function mainLinks(doc: Document): string[] {
  const main = byTag(doc, 'main')[0];
  if (!main) return [];
  return DomUtils.findAll((element) => element.name === 'a', main.children).map((a) => a.attribs.href ?? '');
}

/** True when a same-site path resolves to a file the static host would serve. */
export function resolvesInDist(dist: string, href: string): boolean {
  const path = decodeURIComponent(new URL(href, 'https://site.invalid').pathname);
  const target = join(dist, path);
  if (path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** Every URL a page makes the browser fetch by itself: scripts, styles, images, icons, frames. */
export function fetchedUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of select(doc, () => true)) {
    const { src, srcset, href, rel } = element.attribs;
    if (src) urls.push(src);
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    if (element.name === 'link' && href && rel !== 'canonical' && rel !== 'alternate') urls.push(href);
  }
  return urls.filter(Boolean);
}

/** `url(...)` and `@import` targets in a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((match) => match[1] ?? '');
  const imports = [...css.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
  return [...urls, ...imports];
}

export function isThirdParty(url: string, siteOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('#')) return false;
  const resolved = new URL(url, siteOrigin);
  return resolved.origin !== siteOrigin;
}
