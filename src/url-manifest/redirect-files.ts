import { finalTarget } from './reconcile.ts';
import type { UrlManifest } from './manifest.ts';
import { decodePath, paths } from '../lib/urls.ts';
import { redirectPagePolicy } from '../safety/csp.ts';
import { fileOfPath, normaliseSitePath } from '../safety/site-paths.ts';

export interface Redirect {
  from: string;
  to: string;
  /** Title of the page it leads to, for the link readers see. */
  title?: string;
}

/** Every old URL and every short link, each pointing straight at the page it finally leads to. */
export function redirectsOf(manifest: UrlManifest, titles: ReadonlyMap<string, string> = new Map()): Redirect[] {
  const redirects: Redirect[] = [];
  for (const [path, record] of manifest) {
    if (record.to) redirects.push(withTitle({ from: path, to: finalTarget(manifest, path) }, titles));
    if (record.short)
      redirects.push(withTitle({ from: paths.short(record.short), to: finalTarget(manifest, path) }, titles));
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function withTitle(redirect: Redirect, titles: ReadonlyMap<string, string>): Redirect {
  const title = titles.get(redirect.to);
  return title ? { ...redirect, title } : redirect;
}

/** The file a static host serves for a path: `/a/b/` → `a/b/index.html`; `/old.html` stays a file; `..` resolved. */
export function redirectFile(path: string): string {
  const normalised = normaliseSitePath(path);
  return 'error' in normalised ? '' : fileOfPath(normalised.path);
}

export interface RedirectPageText {
  lang: string;
  title: string;
  body: string;
  siteName: string;
}

const STYLE =
  'body{font:1.125rem/1.8 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1c1b1a}a{color:#a8151b;font-weight:bold}';

/**
 * A page that works on any static host and in WeChat's browser: meta refresh for
 * browsers, a canonical link for search engines, and a link a reader can tap.
 * Its Content-Security-Policy comes first in `<head>`, before anything it governs.
 */
export function redirectPage(redirect: Redirect, origin: string, text: RedirectPageText): string {
  const target = escapeHtml(redirect.to);
  const canonical = escapeHtml(new URL(redirect.to, origin).href);
  const label = escapeHtml(redirect.title ?? new URL(redirect.to, origin).href);
  return `<!doctype html>
<html lang="${escapeHtml(text.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${redirectPagePolicy(STYLE)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)} | ${escapeHtml(text.siteName)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${target}">
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.body)}</p>
<p><a href="${target}">${label}</a></p>
</body>
</html>
`;
}

/** `_redirects` for Netlify, Cloudflare Pages and hosts that copy their format. */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${encodePath(from)} ${encodePath(to)} 301`);
  return `# 由构建生成:旧网址和短链接的永久跳转。见 docs/deploy.md。\n${lines.join('\n')}\n`;
}

/**
 * An nginx `map` for the `http {}` block. `$uri` is decoded and has no query,
 * so keys are written decoded; each directory URL is listed with and without its slash.
 */
export function nginxMap(redirects: readonly Redirect[], variable = 'jinguo_redirect'): string {
  const lines: string[] = [];
  for (const { from, to } of redirects) {
    const decoded = decodePath(from);
    const target = nginxString(encodePath(to));
    lines.push(`    ${nginxString(decoded)} ${target};`);
    if (decoded.endsWith('/') && decoded.length > 1) lines.push(`    ${nginxString(decoded.slice(0, -1))} ${target};`);
  }
  return [
    '# 由构建生成:旧网址和短链接的永久跳转。用法见 docs/deploy.md:',
    '#   http { include /path/to/nginx-redirects.conf; ... }',
    `#   server { ... if ($${variable}) { return 301 $${variable}; } }`,
    `map $uri $${variable} {`,
    '    default "";',
    ...lines,
    '}',
    '',
  ].join('\n');
}

function nginxString(value: string): string {
  return `"${value.replace(/["\\$]/g, (char) => `\\${char}`)}"`;
}

/** Percent-encodes what a header or config line cannot carry raw (Chinese, spaces), leaving `%xx` alone. */
function encodePath(path: string): string {
  return encodeURI(decodePath(path));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
