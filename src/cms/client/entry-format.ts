import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

/**
 * Decap CMS's file format for entries: Markdown with YAML frontmatter, written back into the file as it was.
 *
 * Decap's own frontmatter format writes the whole YAML afresh, losing the comments staff and `npm run new` wrote,
 * the order and style of the keys, and quoting. Here the text an entry was read from travels with its data (under
 * `SOURCE`, which Decap keeps like any field it has no widget for), and saving changes only the values that
 * changed: every other line stays byte for byte.
 */
export const SOURCE = '__source';

/** What the editor's configuration says of a collection's keys. */
export interface FormatOptions {
  /** Keys the editor uses for itself (the file name), dropped on save. */
  editorOnly: readonly string[];
  /** For a new file, or a key new to a file: where each key goes, in the editor's field order. */
  order: readonly string[];
  /** A key whose value equals its default is not added to a file that lacked it. */
  defaults: Readonly<Record<string, unknown>>;
  /** Paths of pictures (`['cover', 'src']`): Decap writes a bare file name, the site reads `./name.jpg`. */
  images: readonly (readonly string[])[];
  /** Paths of fields the editor shows as lists (`['credits', 'reviewer']`). */
  lists: readonly (readonly string[])[];
}

const FENCE = /^---[ \t]*$/;

export interface Entry {
  [key: string]: unknown;
  body: string;
}

/**
 * The file's frontmatter as data, its body under `body`, and the text itself under `SOURCE`. A field the editor
 * shows as a list (`lists`) and the file gives as one value (`reviewer: 张华`, as the schema allows) is handed to
 * the editor as a list of one; saving writes it back as it was.
 */
export function readEntry(text: string, lists: readonly (readonly string[])[] = []): Entry {
  const { yaml, body } = splitFrontmatter(text);
  const data = yaml.trim() ? (parseDocument(yaml).toJS() as unknown) : {};
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  for (const path of lists) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), fields);
    const key = path.at(-1)!;
    if (isPlainObject(parent) && typeof parent[key] === 'string') parent[key] = [parent[key]];
  }
  return { ...fields, body, [SOURCE]: text };
}

/** The file for `data`: the text it was read from with only the changed values rewritten, or a new file. */
export function writeEntry(data: Record<string, unknown>, options: FormatOptions): string {
  const { body = '', [SOURCE]: source, ...rest } = data;
  for (const key of options.editorOnly) delete rest[key];
  const values = cleaned(rest) as Record<string, unknown>;
  for (const path of options.images) besideEntry(values, path);
  const original = typeof source === 'string' ? splitFrontmatter(source) : undefined;
  const yaml = original?.yaml.trim() ? rewritten(original.yaml, values, options) : newFrontmatter(values, options);
  const text = typeof body === 'string' ? body : String(body);
  return `---\n${yaml}---\n${text.endsWith('\n') || !text ? text : `${text}\n`}`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The frontmatter text with each changed value spliced in where the old one stood; every other byte is kept. */
function rewritten(yaml: string, values: Record<string, unknown>, options: FormatOptions): string {
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents)) return newFrontmatter(values, options);
  const edits = mapEdits(yaml, doc.contents, values, '', options.order, options.defaults);
  let text = yaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}

function mapEdits(
  src: string,
  map: YAMLMap,
  values: Record<string, unknown>,
  indent: string,
  order: readonly string[],
  defaults: Readonly<Record<string, unknown>>,
): Edit[] {
  const edits: Edit[] = [];
  const pairs = map.items.map((pair) => ({ key: keyOf(pair), pair, span: pairSpan(src, pair) }));
  for (const { key, pair, span } of pairs) {
    // An empty list the file spelled out (`brands: []`) is what the editor hands back as no value at all.
    if (!(key in values) && !isEmptyCollection(pair.value as Node | null)) edits.push({ ...span, text: '' });
  }
  for (const [key, value] of Object.entries(values)) {
    const found = pairs.find((item) => item.key === key);
    if (!found) {
      if (key in defaults && sameValue(defaults[key], value)) continue;
      const at = insertionPoint(src, pairs, key, order.length ? order : Object.keys(values), map);
      edits.push({ start: at, end: at, text: renderPair(key, value, indent) });
      continue;
    }
    const node = found.pair.value as Node | null;
    if (sameValue(node && 'toJSON' in node ? node.toJSON() : node, value)) continue;
    edits.push(...valueEdits(src, found.pair, found.span, key, value, indent));
  }
  return edits;
}

/** The edits that put `value` in place of a pair's old value, in the old value's style where it can. */
function valueEdits(src: string, pair: Pair, span: Edit, key: string, value: unknown, indent: string): Edit[] {
  const node = pair.value as Node | null;
  const range = node?.range;
  if (node && range && isMap(node) && !node.flow && isPlainObject(value) && node.items.length) {
    const childIndent = ' '.repeat(column(src, (node.items[0]!.key as Node).range![0]));
    return mapEdits(src, node, value, childIndent, Object.keys(value), {});
  }
  const oneLine = range && !src.slice(range[0], range[1]).includes('\n');
  const flow = (isMap(node) || isSeq(node)) && node.flow;
  if (range && oneLine && (isScalar(node) || flow)) {
    // One name stays written as one name (`审核: 张华`), as the schema reads it either way.
    if (isScalar(node) && Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
      return [{ start: range[0], end: range[1], text: scalarText(value[0])! }];
    }
    const text = flow || Array.isArray(value) || isPlainObject(value) ? flowText(value) : scalarText(value);
    if (text !== undefined) return [{ start: range[0], end: range[1], text }];
  }
  return [{ ...span, text: renderPair(key, value, indent) }];
}

/** From the start of the key's line to the end of the value's last line, newline included. */
function pairSpan(src: string, pair: Pair): Edit {
  const keyStart = (pair.key as Node).range![0];
  const value = pair.value as Node | null;
  const end = value?.range ? value.range[2] : (pair.key as Node).range![2];
  const start = src.lastIndexOf('\n', keyStart - 1) + 1;
  const lineEnd = src.indexOf('\n', Math.max(end - 1, keyStart));
  return { start, end: lineEnd === -1 ? src.length : lineEnd + 1, text: '' };
}

/** Before the first key the editor lists after this one; after the map's last key when there is none. */
function insertionPoint(
  src: string,
  pairs: { key: string; span: Edit }[],
  key: string,
  order: readonly string[],
  map: YAMLMap,
): number {
  const rank = order.indexOf(key);
  const next = rank === -1 ? undefined : pairs.find((item) => order.indexOf(item.key) > rank);
  if (next) return next.span.start;
  const last = pairs.at(-1);
  return last ? last.span.end : (map.range?.[2] ?? src.length);
}

function column(src: string, offset: number): number {
  return offset - (src.lastIndexOf('\n', offset - 1) + 1);
}

function renderPair(key: string, value: unknown, indent: string): string {
  const doc = new Document({ [key]: value });
  quoteDates(doc);
  return doc
    .toString({ lineWidth: 0 })
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
}

function newFrontmatter(values: Record<string, unknown>, options: FormatOptions): string {
  const keys = Object.keys(values).sort((a, b) => rankOf(options.order, a) - rankOf(options.order, b));
  return keys
    .filter((key) => !(key in options.defaults && sameValue(options.defaults[key], values[key])))
    .map((key) => renderPair(key, values[key], ''))
    .join('');
}

function rankOf(order: readonly string[], key: string): number {
  const rank = order.indexOf(key);
  return rank === -1 ? order.length : rank;
}

/** 2024-11-21 18:40 is quoted, as docs/content.md asks: some YAML readers take a date with a time for a timestamp. */
function quoteDates(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && DATE_TIME.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

function scalarText(value: unknown): string | undefined {
  if (Array.isArray(value) || isPlainObject(value)) return undefined;
  if (typeof value === 'string' && DATE_TIME.test(value)) return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `[甲, 乙]` or `{ name: 甲, kind: wechat }` on one line, as `npm run new` and staff write them. */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (isPlainObject(value)) {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${flowText(inner)}`)
      .join(', ')} }`;
  }
  return scalarText(value) ?? '';
}

/** A picture saved beside the entry is written `./name.jpg`, the way Astro finds it beside the file. */
function besideEntry(values: Record<string, unknown>, path: readonly string[]): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), values);
  const key = path.at(-1)!;
  if (!isPlainObject(parent) || typeof parent[key] !== 'string') return;
  const src = parent[key];
  if (!/^(?:\.{1,2}\/|\/|[a-z]+:)/i.test(src)) parent[key] = `./${src}`;
}

function splitFrontmatter(text: string): { yaml: string; body: string } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!FENCE.test((lines[0] ?? '').replace(/\r$/, ''))) return { yaml: '', body: text };
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line.replace(/\r$/, '')));
  if (end === -1) return { yaml: '', body: text };
  return { yaml: lines.slice(1, end).join('\n') + '\n', body: lines.slice(end + 1).join('\n') };
}

function keyOf(pair: Pair): string {
  const key = pair.key as Node | string | null;
  return String(isScalar(key) ? key.value : key);
}

/** Empty values the editor leaves behind (a cleared text, an untouched optional group) are not written. */
function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(cleaned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, cleaned(inner)] as const)
      .filter(([, inner]) => inner !== undefined && !(isPlainObject(inner) && Object.keys(inner).length === 0));
    return Object.fromEntries(entries);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** Equal as the schema reads them: one name is a list of one name. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

function normal(value: unknown): unknown {
  if (typeof value === 'string') return [value];
  if (value instanceof Date) return [value.toISOString()];
  if (Array.isArray(value)) return value.length === 1 && typeof value[0] === 'string' ? value : value.map(normal);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== undefined && inner !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normal(inner)]),
    );
  }
  return value;
}

function isEmptyCollection(node: Node | null): boolean {
  return (isMap(node) || isSeq(node)) && node.items.length === 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
