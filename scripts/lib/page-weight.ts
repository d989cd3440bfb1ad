import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';

/** What a page costs a reader on first visit, gzip-compressed as a server sends it; images left out. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Same-site files the page loads, besides itself. */
  files: string[];
}

/** Gzip size at the level a static host typically uses. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 6 }).length;
}

function isLocal(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Stylesheets, scripts and preloaded modules a built page loads from its own site. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const document = parseDocument(html);
  const elements = DomUtils.findAll(() => true, document.children);
  const css = elements
    .filter((el) => el.name === 'link' && el.attribs.rel === 'stylesheet')
    .map((el) => el.attribs.href ?? '');
  const js = elements
    .flatMap((el) => {
      if (el.name === 'script') return [el.attribs.src ?? ''];
      if (el.name === 'link' && el.attribs.rel === 'modulepreload') return [el.attribs.href ?? ''];
      return [];
    })
    .filter(Boolean);
  return { css: [...new Set(css.filter(isLocal))], js: [...new Set(js.filter(isLocal))] };
}

/** The weight of a page of a built site: `pageWeight('dist', '/news/2024/x/')`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const html = readFileSync(join(dist, file));
  const { css, js } = pageAssets(html.toString('utf8'));
  const size = (urls: string[]) => urls.reduce((sum, url) => sum + gzipSize(readFileSync(join(dist, url))), 0);
  const weight = { html: gzipSize(html), css: size(css), js: size(js) };
  return { ...weight, total: weight.html + weight.css + weight.js, files: [...css, ...js] };
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
