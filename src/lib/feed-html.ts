import { DomUtils, parseDocument } from 'htmlparser2';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/**
 * Makes every link and picture in an article's HTML absolute, so the article
 * reads whole in a feed reader, far from the site it came from.
 */
export function absolutizeHtml(html: string, origin: string): string {
  const document = parseDocument(html);
  for (const element of DomUtils.findAll(() => true, document.children)) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.attribs[name];
      if (value !== undefined) element.attribs[name] = absolute(value, origin);
    }
    const srcset = element.attribs.srcset;
    if (srcset !== undefined) {
      element.attribs.srcset = srcset
        .split(',')
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, origin), ...descriptor].join(' ');
        })
        .join(', ');
    }
  }
  return withoutXmlInvalid(DomUtils.getOuterHTML(document.children, { encodeEntities: 'utf8' }));
}

/* eslint-disable no-control-regex -- these are the characters to find */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * `text` without the characters XML 1.0 cannot hold (C0 controls but tab and
 * line breaks, U+FFFE/U+FFFF, lone surrogates): HTML shows them as nothing,
 * but a single one in an article makes its whole feed unreadable.
 */
export function withoutXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

function absolute(url: string, origin: string): string {
  // Fragments stay local; mailto:, tel: and full URLs are left alone.
  if (url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return new URL(url, origin).href;
}
