import { Parser } from 'htmlparser2';
import type { Fold } from '../../core/fold.ts';
import {
  BRANDS_ATTRIBUTE,
  CITIES_ATTRIBUTE,
  DATE_ATTRIBUTE,
  END_ATTRIBUTE,
  NAME_ATTRIBUTE,
  PLACE_ATTRIBUTE,
  RECORD_ATTRIBUTE,
  SKIP_ATTRIBUTE,
} from '../../core/markup.ts';
import { recordKinds, type FilterKey, type RecordKind, type SearchRecord } from '../../model.ts';

/** Elements whose text is not content; forms, pictures and scripts, as Pagefind leaves them out too. */
const IGNORED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'form', 'button', 'select', 'textarea']);
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

function skipped(name: string, attribs: Readonly<Record<string, string>>): boolean {
  return IGNORED.has(name) || SKIP_ATTRIBUTE in attribs || 'hidden' in attribs || attribs['aria-hidden'] === 'true';
}

/** Text as lines: one per block, spaces collapsed, empty lines dropped. */
function lines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** An element open while a page is read, and what its end undoes. */
interface OpenElement {
  /** The element that carries the record. */
  root: boolean;
  /** The record's title: its first `<h1>`. */
  heading: boolean;
  /** It and everything in it are left out of the body, or out of the title. */
  mutesBody: boolean;
  mutesTitle: boolean;
  /** Its text stands on lines of its own. */
  block: boolean;
  /** It names a brand, person or tag the record is filed under (`NAME_ATTRIBUTE`). */
  name: boolean;
}

/** What one read of a page finds: the record's element and its text, the page's script and summary. */
interface PageScan {
  records: number;
  attribs?: Readonly<Record<string, string>>;
  title: string;
  body: string;
  lang?: string;
  description?: string;
  names: string[];
}

/**
 * Reads a page once, as the parser meets it, without building its tree (a
 * tree of every element of a page cost twice as much): the record's element
 * (the first to carry `RECORD_ATTRIBUTE`) and its text, its first `<h1>` as
 * the title and not the body, parts marked `SKIP_ATTRIBUTE`, hidden or
 * `IGNORED` left out, block elements on lines of their own.
 */
function scanPage(html: string): PageScan {
  const scan: PageScan = { records: 0, title: '', body: '', names: [] };
  let name: string | undefined;
  const open: OpenElement[] = [];
  let sawHtml = false;
  let inRecord = false;
  let inHeading = false;
  let headingSeen = false;
  let bodyMuted = 0;
  let titleMuted = 0;
  const parser = new Parser({
    onopentag(tag, attribs) {
      if (tag === 'html' && !sawHtml) {
        sawHtml = true;
        scan.lang = attribs.lang;
      }
      if (tag === 'meta' && scan.description === undefined && attribs.name === 'description')
        scan.description = attribs.content ?? '';
      const element: OpenElement = {
        root: false,
        heading: false,
        mutesBody: false,
        mutesTitle: false,
        block: false,
        name: false,
      };
      open.push(element);
      if (RECORD_ATTRIBUTE in attribs && ++scan.records === 1) {
        scan.attribs = attribs;
        inRecord = element.root = true;
        return;
      }
      if (!inRecord) return;
      if (NAME_ATTRIBUTE in attribs && name === undefined) {
        element.name = true;
        name = '';
      }
      const skip = skipped(tag, attribs);
      element.block = BLOCKS.has(tag);
      if (tag === 'h1' && !headingSeen) {
        // The title is read even where the body is muted, and is never part of it.
        headingSeen = inHeading = element.heading = element.mutesBody = true;
        bodyMuted++;
      } else if (bodyMuted === 0 && skip) {
        element.mutesBody = true;
        bodyMuted++;
      } else if (bodyMuted === 0 && element.block) scan.body += '\n';
      if (!inHeading) return;
      if (titleMuted === 0 && skip) {
        element.mutesTitle = true;
        titleMuted++;
      } else if (titleMuted === 0 && element.block) scan.title += '\n';
    },
    ontext(text) {
      if (!inRecord) return;
      if (name !== undefined) name += text;
      if (bodyMuted === 0) scan.body += text;
      if (inHeading && titleMuted === 0) scan.title += text;
    },
    onclosetag() {
      const element = open.pop();
      if (!element || !inRecord) return;
      if (element.root) {
        inRecord = false;
        return;
      }
      if (element.name) {
        const named = name!.replace(/\s+/g, ' ').trim();
        if (named && !scan.names.includes(named)) scan.names.push(named);
        name = undefined;
      }
      if (inHeading) {
        if (element.mutesTitle) titleMuted--;
        else if (titleMuted === 0 && element.block) scan.title += '\n';
        if (element.heading) inHeading = false;
      }
      if (element.mutesBody) bodyMuted--;
      else if (bodyMuted === 0 && element.block) scan.body += '\n';
    },
  });
  parser.end(html);
  return scan;
}

const END_NEEDLE = ` ${END_ATTRIBUTE}`;
const NAME_ENDS = new Set([' ', '\t', '\n', '\r', '\f', '/', '>', '='].map((char) => char.charCodeAt(0)));

/**
 * How much of a page the index reads: up to the `<` of the first tag that
 * carries `END_ATTRIBUTE` (`searchEnd`), or all of it. Found by a byte search,
 * not by parsing, so that a build can hash every page's searched part
 * cheaply; the same cut is made of the bytes hashed and the text indexed
 * (string positions and byte positions find the same tag), so a page is
 * re-indexed exactly when its searched part changes. Text that merely reads
 * like the attribute is not a tag (its `<` would be escaped); were the
 * search ever fooled, the page would be indexed shorter, never out of step
 * with its cache key.
 */
export function searchedLength(page: string | Buffer): number {
  for (let at = page.indexOf(END_NEEDLE); at >= 0; at = page.indexOf(END_NEEDLE, at + 1)) {
    const next = at + END_NEEDLE.length;
    const code = typeof page === 'string' ? page.charCodeAt(next) : page[next];
    const tag = page.lastIndexOf('<', at);
    if (code !== undefined && NAME_ENDS.has(code) && tag > page.lastIndexOf('>', at)) return tag;
  }
  return page.length;
}

/**
 * Reads the search record of a built page (its searched part: `searchedLength`),
 * or undefined when the page has none. Throws when a page marks a record the
 * index could not show properly, so a layout mistake fails the build instead
 * of publishing a blank result.
 */
export function readSearchRecord(html: string, url: string): SearchRecord | undefined {
  const searched = html.slice(0, searchedLength(html));
  const { records, attribs, title: heading, body, lang, description, names } = scanPage(searched);
  if (records === 0 || !attribs) return undefined;
  if (records > 1) throw new Error(`${url}: ${records} elements carry ${RECORD_ATTRIBUTE}; a page is one record`);
  const kind = attribs[RECORD_ATTRIBUTE] as RecordKind;
  if (!recordKinds.includes(kind))
    throw new Error(`${url}: ${RECORD_ATTRIBUTE}="${kind}" is not one of ${recordKinds.join(', ')}`);
  const title = lines(heading).replace(/\n/g, ' ');
  if (!title) throw new Error(`${url}: the search record has no <h1> to take its title from`);

  return {
    url,
    kind,
    title,
    summary: description?.trim() ?? '',
    body: lines(body),
    lang: lang ?? 'zh-Hans',
    ...(attribs[DATE_ATTRIBUTE] ? { date: attribs[DATE_ATTRIBUTE] } : {}),
    ...(attribs[PLACE_ATTRIBUTE] ? { place: attribs[PLACE_ATTRIBUTE] } : {}),
    cities: ids(attribs[CITIES_ATTRIBUTE]),
    brands: ids(attribs[BRANDS_ATTRIBUTE]),
    names,
  };
}

function ids(attribute: string | undefined): string[] {
  return attribute?.split(/\s+/).filter(Boolean) ?? [];
}

/** The filter values a record is found under; ids, so that a filtered search is a stable link. */
export function recordFilters(
  record: Pick<SearchRecord, 'kind' | 'date' | 'cities' | 'brands'>,
): Record<FilterKey, string[]> {
  return {
    city: record.cities,
    type: [record.kind],
    year: record.date ? [record.date.slice(0, 4)] : [],
    brand: record.brands,
  };
}

/** The folded text of a record, as indexed: what the browser's fold table must cover. */
export function indexedText(record: SearchRecord, fold: Fold): string {
  return fold([record.title, record.summary, record.body].join('\n'));
}
