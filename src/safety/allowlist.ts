/**
 * What an entry's body may contain once it is published: the allowlist every
 * rendered body (Markdown and MDX) is cut down to, whatever the content
 * checker noticed. Anything not named here is removed. It is the one model
 * the sanitiser (`sanitize.ts`), the MDX policy (`mdx-policy.ts`), the
 * Content-Security-Policy (`csp.ts`) and docs/content.md follow.
 */

/** Elements staff may write, by what they are for in an article. */
export const allowedElements = {
  text: ['p', 'br', 'hr', 'span', 'div', 'blockquote', 'pre', 'code', 'kbd', 'section'],
  headings: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  inline: ['a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'abbr', 'q', 'cite'],
  /** Ruby annotation: pinyin over characters. */
  ruby: ['ruby', 'rt', 'rp'],
  lists: ['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  tables: ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  media: ['img', 'figure', 'figcaption', 'iframe'],
  other: ['details', 'summary', 'time', 'input'],
} as const;

export type AllowedElement = (typeof allowedElements)[keyof typeof allowedElements][number];

export const allowedElementNames: readonly string[] = Object.values(allowedElements).flat();

/**
 * Attributes by element (HTML names); `*` applies to every element. Event
 * handlers, `style`, `class`, `srcdoc`, `srcset`, `name` and `form` are
 * never allowed: they run code, restyle the page over the site's own
 * header, or reach outside the article.
 */
export const allowedAttributes: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  iframe: ['src', 'title', 'width', 'height', 'allowfullscreen'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed'],
  li: ['value'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  details: ['open'],
  abbr: ['title'],
  /** Task-list boxes from `- [x]`, shown ticked or not, never editable. */
  input: ['type', 'checked', 'disabled'],
};

/** Schemes a link may use; a relative URL (no scheme) is always allowed. */
export const linkSchemes = ['http', 'https', 'mailto', 'tel'] as const;

/** Schemes a picture or a citation may load from: never `data:` or `javascript:`. */
export const sourceSchemes = ['http', 'https'] as const;

/**
 * Every embedded player is sandboxed: it runs its own scripts in its own
 * origin (an embed host is never this site), may show itself full-screen and
 * open a window on the player's site, and can never navigate this page.
 */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/** `<a target="_blank">` always carries this: the opened page can neither reach back nor see where it came from. */
export const NEW_WINDOW_REL = 'noopener noreferrer';

/**
 * Components staff MDX may use, with the props each takes; every prop is a
 * literal string. Anything else written as a component is refused by the
 * checker and removed by the sanitiser.
 */
export const mdxComponents: Readonly<Record<string, readonly string[]>> = {};

/**
 * The address of an embedded player, when `src` is one: an `https:` URL on
 * one of `hosts` (`src/config/site.ts`'s `embedHosts`), protocol-relative
 * `//host/…` read as `https:`. Anything else gives `undefined`.
 */
export function embedUrl(src: string, hosts: readonly string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(src.trim().startsWith('//') ? `https:${src.trim()}` : src.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  return hosts.includes(url.hostname) ? url : undefined;
}

/**
 * The scheme a browser would read at the start of a URL (lower case, without
 * the colon), or undefined for a relative URL. Browsers drop leading
 * spaces and control characters and every tab and line break before reading it.
 */
export function urlScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([^:/?#]*):/.exec(compact);
  return match ? (match[1] ?? '').toLowerCase() : undefined;
}

/** True when a link may point there: http(s), mailto, tel, or a path on this site. */
export function isAllowedLink(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || (linkSchemes as readonly string[]).includes(scheme);
}

/** True when a picture may load from there: http(s) or a path on this site. */
export function isAllowedSource(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || (sourceSchemes as readonly string[]).includes(scheme);
}
