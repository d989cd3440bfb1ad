import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element, Text } from 'domhandler';
import type { FilterKey } from './facets.ts';
import type { Fold } from './fold.ts';
import { INDEX_LANGUAGE, indexWords } from './tokens.ts';
import {
  BRANDS_ATTRIBUTE,
  CITIES_ATTRIBUTE,
  DATE_ATTRIBUTE,
  PLACE_ATTRIBUTE,
  RECORD_ATTRIBUTE,
  SKIP_ATTRIBUTE,
  recordKinds,
  type RecordKind,
} from './markup.ts';

/** One searchable entry, as its page shows it. */
export interface SearchRecord {
  url: string;
  kind: RecordKind;
  title: string;
  summary: string;
  /** The page's text below the title, one line per block. */
  body: string;
  /** `<html lang>`: the script the entry is written in. */
  lang: string;
  /** yyyy-mm-dd */
  date?: string;
  place?: string;
  /** Ids of the cities the entry is filed under. */
  cities: string[];
  /** Ids of the brands the entry is filed under. */
  brands: string[];
}

/** What the browser fetches to show a result: the record as written, in its own script. */
export type DisplayRecord = Pick<
  SearchRecord,
  'url' | 'kind' | 'title' | 'summary' | 'body' | 'lang' | 'date' | 'place'
>;

/** Elements whose text is not content; forms, pictures and scripts, as Pagefind leaves them out too. */
const IGNORED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'form', 'button', 'select', 'textarea']);
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

function isElement(node: ChildNode): node is Element {
  return 'attribs' in node;
}

function isText(node: ChildNode): node is Text {
  return node.type === 'text';
}

function skipped(element: Element): boolean {
  return (
    IGNORED.has(element.name) ||
    SKIP_ATTRIBUTE in element.attribs ||
    'hidden' in element.attribs ||
    element.attribs['aria-hidden'] === 'true'
  );
}

/** Text of the nodes, block elements on lines of their own, spaces collapsed; `leaveOut` is passed over. */
function textLines(nodes: ChildNode[], leaveOut?: Element): string {
  let text = '';
  const walk = (node: ChildNode) => {
    if (isText(node)) {
      text += node.data;
      return;
    }
    if (!isElement(node) || node === leaveOut || skipped(node)) return;
    const block = BLOCKS.has(node.name);
    if (block) text += '\n';
    node.children.forEach(walk);
    if (block) text += '\n';
  };
  nodes.forEach(walk);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Reads the search record of a built page, or undefined when the page has
 * none. Throws when a page marks a record the index could not show properly,
 * so a layout mistake fails the build instead of publishing a blank result.
 */
export function readSearchRecord(html: string, url: string): SearchRecord | undefined {
  const document = parseDocument(html);
  const records = DomUtils.findAll((element) => RECORD_ATTRIBUTE in element.attribs, document.children);
  if (records.length === 0) return undefined;
  if (records.length > 1)
    throw new Error(`${url}: ${records.length} elements carry ${RECORD_ATTRIBUTE}; a page is one record`);
  const root = records[0]!;
  const kind = root.attribs[RECORD_ATTRIBUTE] as RecordKind;
  if (!recordKinds.includes(kind))
    throw new Error(`${url}: ${RECORD_ATTRIBUTE}="${kind}" is not one of ${recordKinds.join(', ')}`);

  const heading = DomUtils.findOne((element) => element.name === 'h1', root.children);
  const title = heading ? textLines([heading]).replace(/\n/g, ' ') : '';
  if (!title) throw new Error(`${url}: the search record has no <h1> to take its title from`);
  const description = DomUtils.findOne(
    (element) => element.name === 'meta' && element.attribs.name === 'description',
    document.children,
  );
  const htmlElement = DomUtils.findOne((element) => element.name === 'html', document.children);

  return {
    url,
    kind,
    title,
    summary: description?.attribs.content?.trim() ?? '',
    body: textLines(root.children, heading ?? undefined),
    lang: htmlElement?.attribs.lang ?? 'zh-Hans',
    ...(root.attribs[DATE_ATTRIBUTE] ? { date: root.attribs[DATE_ATTRIBUTE] } : {}),
    ...(root.attribs[PLACE_ATTRIBUTE] ? { place: root.attribs[PLACE_ATTRIBUTE] } : {}),
    cities: ids(root.attribs[CITIES_ATTRIBUTE]),
    brands: ids(root.attribs[BRANDS_ATTRIBUTE]),
  };
}

function ids(attribute: string | undefined): string[] {
  return attribute?.split(/\s+/).filter(Boolean) ?? [];
}

/** The filter values a record is found under; ids, so that a filtered search is a stable link. */
export function recordFilters(record: SearchRecord): Record<FilterKey, string[]> {
  return {
    city: record.cities,
    type: [record.kind],
    year: record.date ? [record.date.slice(0, 4)] : [],
    brand: record.brands,
  };
}

/**
 * The record Pagefind indexes for a page: its text folded to one script and
 * written as the words of `tokens.ts`. The title is also its only metadata,
 * so that Pagefind ranks title matches first; nothing else goes into
 * metadata, because Pagefind indexes metadata as searchable words too. What
 * a result shows comes from the display record instead. `folded` is the
 * record's `indexedText`, when the caller has it already.
 */
export function pagefindRecord(record: SearchRecord, fold: Fold, folded = indexedText(record, fold)) {
  const title = indexWords(fold(record.title));
  return {
    url: record.url,
    language: INDEX_LANGUAGE,
    content: indexWords(folded),
    meta: { title },
    filters: Object.fromEntries(Object.entries(recordFilters(record)).filter(([, values]) => values.length > 0)),
  };
}

export function displayRecord({ url, kind, title, summary, body, lang, date, place }: SearchRecord): DisplayRecord {
  return { url, kind, title, summary, body, lang, ...(date ? { date } : {}), ...(place ? { place } : {}) };
}

/** The folded text of a record, as indexed: what the browser's fold table must cover. */
export function indexedText(record: SearchRecord, fold: Fold): string {
  return fold([record.title, record.summary, record.body].join('\n'));
}
