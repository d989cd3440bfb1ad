import { isAbsolute, relative, sep } from 'node:path';

/**
 * Paths on the site as a static host reads them, so that an alias (an old URL
 * that redirects to an entry) can be compared with what the site occupies.
 * Hosts decode percent-escapes, resolve `.` and `..`, often ignore case, serve
 * `/a/` from `/a/index.html` and redirect `/a` to `/a/`: `/%2E%2E/x`,
 * `/News/2024/A`, `/news/2024/a/index.html` and `/news/2024/a/` are one page.
 */
export type NormalisedPath = { path: string; key: string } | { error: string };

/**
 * `path` decoded and resolved: `path` is what the redirect is written for (the
 * case kept: a case-sensitive host matches it as written), `key` what it
 * collides on (lower case, directory form, `index.html` dropped).
 */
export function normaliseSitePath(written: string): NormalisedPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(written.trim());
  } catch {
    return { error: '里的 % 编码不完整' };
  }
  if (!decoded.startsWith('/')) return { error: '必须以 / 开头' };
  if (/[\\\p{Cc}]/u.test(decoded)) return { error: '里不能有反斜杠或控制字符' };
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { error: '用 .. 跳出了网站' };
      segments.pop();
    } else segments.push(segment);
  }
  const last = segments.at(-1) ?? '';
  const isFile = /\.[a-z0-9]+$/i.test(last) && !/^index\.html?$/i.test(last);
  if (/^index\.html?$/i.test(last)) segments.pop();
  const path = segments.length === 0 ? '/' : `/${segments.join('/')}${isFile ? '' : '/'}`;
  return { path, key: path.toLowerCase() };
}

/** The file a static host serves for a normalised path: `/a/b/` → `a/b/index.html`, `/old.html` → `old.html`. */
export function fileOfPath(path: string): string {
  const bare = path.replace(/^\/+/, '');
  return bare === '' || bare.endsWith('/') ? `${bare}index.html` : bare;
}

/**
 * True when `path` is `folder` or inside it, by `path.relative`: a string
 * prefix would take `/site/dist-x` for inside `/site/dist`.
 */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
