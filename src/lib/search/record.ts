import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element, Text } from 'domhandler';
import type { Fold } from './fold.ts';
import {
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
}

/** What a search result carries to the browser: the record in its own script. */
export type ResultMeta = Pick<SearchRecord, 'title' | 'summary' | 'body' | 'kind' | 'lang' | 'date' | 'place'>;
const metaKeys = ['title', 'summary', 'body', 'kind', 'lang', 'date', 'place'] as const satisfies (keyof ResultMeta)[];

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
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The page Pagefind indexes for a record: its words folded to their search
 * keys, so that the whole site is one simplified-script index, and its
 * fields as written carried along as metadata for the result to show.
 */
export function indexDocument(record: SearchRecord, fold: Fold): string {
  const meta = metaKeys.filter((key) => record[key] !== undefined);
  const attributes = meta.map((key) => ` data-meta-${key}="${escapeHtml(record[key]!)}"`).join('');
  const paragraphs = [record.summary, ...record.body.split('\n')]
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(fold(line))}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="zh-Hans"><head><meta charset="utf-8"></head><body>',
    `<main data-pagefind-body data-pagefind-meta="${meta.map((key) => `${key}[data-meta-${key}]`).join(', ')}"${attributes}>`,
    `<h1>${escapeHtml(fold(record.title))}</h1>`,
    paragraphs,
    '</main>',
    '</body></html>',
  ].join('\n');
}

/** The folded text of a record, as indexed: what the browser's fold table must cover. */
export function indexedText(record: SearchRecord, fold: Fold): string {
  return fold([record.title, record.summary, record.body].join('\n'));
}
