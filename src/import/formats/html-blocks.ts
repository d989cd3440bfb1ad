import { DomUtils, type parseDocument } from 'htmlparser2';
import type { Block } from '../model.ts';
import { escapeMarkdown, length } from '../text/lines.ts';

export type DomNode = ReturnType<typeof parseDocument>['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

/** A picture as the markup gives it, before its bytes are looked for. */
export interface PictureSource {
  src?: string;
  /** WeChat keeps the online address here and loads it only when the reader scrolls to it. */
  dataSrc?: string;
  alt?: string;
}

export interface MarkupBlocks {
  blocks: (Block | { kind: 'picture-source'; source: PictureSource })[];
  /** Text of parts left out as page furniture (navigation, footers), for the removed list. */
  skipped: string[];
}

/** Never text of the article: code, media players, forms, and the page's own furniture. */
const IGNORED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'input',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
]);
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'center',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'dl',
  'pre',
  'address',
  'hr',
  'body',
  'html',
]);

interface Run {
  text: string;
  strong: boolean;
  em: boolean;
  href?: string;
}

/**
 * The blocks of an article's markup, in reading order: paragraphs with their
 * bold and italic kept, headings, tables, lists and pictures. Markup is only
 * read, never copied: whatever it holds, the entry gets escaped text.
 */
export function markupBlocks(nodes: DomNode[], options: { skipFurniture: boolean }): MarkupBlocks {
  const out: MarkupBlocks = { blocks: [], skipped: [] };
  let runs: Run[] = [];
  let headingLevel: number | undefined;

  const flush = () => {
    const paragraph = paragraphOf(runs, headingLevel);
    if (paragraph) out.blocks.push(paragraph);
    runs = [];
  };

  const visit = (node: DomNode, style: { strong: boolean; em: boolean; href?: string }) => {
    if (node.type === 'text') {
      runs.push({ text: node.data, ...style });
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (IGNORED.has(name) || name.startsWith('mp-') || name === 'mpvoice' || hidden(node)) return;
    if (options.skipFurniture && FURNITURE.has(name)) {
      flush();
      out.skipped.push(...textLines(node));
      return;
    }
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'img') {
      flush();
      if (/\bemoji\b/u.test(node.attribs.class ?? '')) return;
      out.blocks.push({
        kind: 'picture-source',
        source: {
          ...(node.attribs.src ? { src: node.attribs.src } : {}),
          ...(node.attribs['data-src'] ? { dataSrc: node.attribs['data-src'] } : {}),
          ...(node.attribs.alt ? { alt: node.attribs.alt } : {}),
        },
      });
      return;
    }
    if (name === 'table') {
      flush();
      const table = tableOf(node);
      if (table) out.blocks.push(table);
      return;
    }
    if (name === 'ul' || name === 'ol') {
      flush();
      const list = listOf(node, name === 'ol');
      if (list) out.blocks.push(list);
      return;
    }
    const heading = /^h([1-6])$/u.exec(name);
    const isBlock = BLOCK.has(name) || heading !== null;
    if (isBlock) flush();
    const before = headingLevel;
    if (heading) headingLevel = Number(heading[1]);
    const next = {
      strong:
        style.strong ||
        name === 'strong' ||
        name === 'b' ||
        /font-weight\s*:\s*(bold|[6-9]00)/iu.test(node.attribs.style ?? ''),
      em: style.em || name === 'em' || name === 'i',
      ...(name === 'a' && /^https?:\/\//iu.test(node.attribs.href ?? '')
        ? { href: node.attribs.href }
        : style.href
          ? { href: style.href }
          : {}),
    };
    for (const child of node.children) visit(child, next);
    if (isBlock) flush();
    headingLevel = before;
  };

  for (const node of nodes) visit(node, { strong: false, em: false });
  flush();
  return out;
}

export function isElement(node: DomNode): node is DomElement {
  return 'attribs' in node;
}

function hidden(element: DomElement): boolean {
  return (
    /(display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(element.attribs.style ?? '') || 'hidden' in element.attribs
  );
}

/** The text of an element as lines, for the list of what was left out. */
function textLines(element: DomElement): string[] {
  return markupBlocks(element.children, { skipFurniture: false })
    .blocks.flatMap((block) => ('text' in block ? block.text.split('\n') : []))
    .filter(Boolean);
}

function paragraphOf(runs: readonly Run[], headingLevel: number | undefined): Block | undefined {
  const joined = collapse(runs);
  const text = joined
    .map((run) => run.text)
    .join('')
    .trim();
  if (!text) return undefined;
  const markdown = inlineMarkdown(joined).trim();
  const allStrong = joined.every((run) => run.strong || run.text.trim() === '');
  const level = headingLevel ?? (allStrong && length(text) <= 30 && !/[。,,;;::!!??]$/u.test(text) ? 2 : undefined);
  return {
    kind: 'paragraph',
    text,
    // A heading's own boldness is not emphasis.
    markdown: level && allStrong ? escapeMarkdown(text) : markdown,
    ...(level ? { headingLevel: level } : {}),
  };
}

/** Whitespace as a browser shows it: runs of spaces and line breaks are one space. */
function collapse(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const text = run.text.replace(/[\s\u00A0]+/gu, ' ').replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '');
    const last = merged.at(-1);
    if (last && last.strong === run.strong && last.em === run.em && last.href === run.href) last.text += text;
    else merged.push({ ...run, text });
  }
  return merged;
}

const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Bold and italic as Markdown. Punctuation at a run's edges goes outside the
 * markers: `**“聊”亮**` between Chinese characters is not emphasis to
 * CommonMark, `“**聊**”亮` is.
 */
function inlineMarkdown(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let marker = run.strong && run.em ? '***' : run.strong ? '**' : run.em ? '*' : '';
      const core = run.text.replace(EDGE, '');
      if (!core) marker = '';
      const lead = marker ? run.text.slice(0, run.text.indexOf(core)) : '';
      const tail = marker ? run.text.slice(run.text.indexOf(core) + core.length) : '';
      const inner = marker ? core : run.text;
      const linked = run.href
        ? `[${escapeMarkdown(inner)}](<${run.href.replace(/[<>\s]/gu, encodeURIComponent)}>)`
        : escapeMarkdown(inner);
      return `${escapeMarkdown(lead)}${marker}${linked}${marker}${escapeMarkdown(tail)}`;
    })
    .join('');
}

function cellText(cell: DomElement): { text: string; markdown: string } {
  const blocks = markupBlocks(cell.children, { skipFurniture: false }).blocks.filter(
    (block) => 'text' in block,
  ) as Block[];
  return {
    text: blocks.map((block) => block.text).join(' '),
    markdown: blocks.map((block) => block.markdown.replace(/\n/gu, ' ')).join(' '),
  };
}

/** A table as a Markdown table: the first row is its head, short rows are padded. */
function tableOf(table: DomElement): Block | undefined {
  const rows = DomUtils.getElementsByTagName('tr', table, true).map((row) =>
    row.children.filter((cell): cell is DomElement => isElement(cell) && /^t[dh]$/u.test(cell.name)).map(cellText),
  );
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return undefined;
  const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
  const markdown = [
    line(rows[0]!.map((cell) => cell.markdown)),
    line(Array(width).fill('---')),
    ...rows.slice(1).map((row) => line(row.map((cell) => cell.markdown))),
  ].join('\n');
  return { kind: 'table', text: rows.map((row) => row.map((cell) => cell.text).join(' ')).join('\n'), markdown };
}

function listOf(list: DomElement, ordered: boolean): Block | undefined {
  const items = list.children
    .filter((item): item is DomElement => isElement(item) && item.name === 'li')
    .map((item) => cellText(item))
    .filter((item) => item.text);
  if (items.length === 0) return undefined;
  return {
    kind: 'list',
    text: items.map((item) => item.text).join('\n'),
    markdown: items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item.markdown}`).join('\n'),
  };
}
