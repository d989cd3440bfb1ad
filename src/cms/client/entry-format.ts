import { Document, isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

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
}

const FENCE = /^---[ \t]*$/;

export interface Entry {
  [key: string]: unknown;
  body: string;
}

/** The file's frontmatter as data, its body under `body`, and the text itself under `SOURCE`. */
export function readEntry(text: string): Entry {
  const { yaml, body } = splitFrontmatter(text);
  const data = yaml.trim() ? (parseDocument(yaml).toJS() as unknown) : {};
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { ...fields, body, [SOURCE]: text };
}

/** The file for `data`: the text it was read from with only the changed values rewritten, or a new file. */
export function writeEntry(data: Record<string, unknown>, options: FormatOptions): string {
  const { body = '', [SOURCE]: source, ...rest } = data;
  for (const key of options.editorOnly) delete rest[key];
  const values = cleaned(rest) as Record<string, unknown>;
  for (const path of options.images) besideEntry(values, path);
  const original = typeof source === 'string' ? splitFrontmatter(source) : undefined;
  const doc = original?.yaml.trim() ? parseDocument(original.yaml) : new Document({});
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  mergeInto(doc, doc.contents as YAMLMap, values, options, true);
  const yaml = (doc.contents as YAMLMap).items.length ? doc.toString({ lineWidth: 0 }) : '';
  const text = typeof body === 'string' ? body : String(body);
  return `---\n${yaml}---\n${text.endsWith('\n') || !text ? text : `${text}\n`}`;
}

/** A picture saved beside the entry is written `./name.jpg`, the way Astro finds it beside the file. */
function besideEntry(values: Record<string, unknown>, path: readonly string[]): void {
  const parent = path.slice(0, -1).reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), values);
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

/**
 * The YAML map made to hold `values`: a key no longer there is removed, an unchanged value is left as written
 * (with its comments and style), a changed one replaced, a nested map merged key by key.
 */
function mergeInto(doc: Document, map: YAMLMap, values: Record<string, unknown>, options: FormatOptions, top: boolean) {
  for (const pair of [...map.items]) {
    const key = keyOf(pair);
    if (!(key in values)) map.delete(key);
  }
  for (const [key, value] of Object.entries(values)) {
    const pair = map.items.find((item) => keyOf(item) === key);
    if (!pair) {
      if (top && key in options.defaults && sameValue(options.defaults[key], value)) continue;
      insertInOrder(doc, map, key, value, top ? options.order : Object.keys(values));
      continue;
    }
    const current = pair.value as Node | null;
    const currentValue = current && 'toJSON' in current ? (current as Node).toJSON() : current;
    if (sameValue(currentValue, value)) continue;
    if (isMap(current) && isPlainObject(value)) {
      mergeInto(doc, current, value, options, false);
      continue;
    }
    const next = createValue(doc, value, current);
    pair.value = next;
  }
}

function insertInOrder(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]) {
  const pair = doc.createPair(key, createValue(doc, value, null));
  const rank = order.indexOf(key);
  // After the last key present that the editor lists before this one; at the end when none is.
  let at = map.items.length;
  if (rank !== -1) {
    const before = map.items.findIndex((item) => {
      const other = order.indexOf(keyOf(item));
      return other > rank;
    });
    if (before !== -1) at = before;
  }
  map.items.splice(at, 0, pair);
}

function createValue(doc: Document, value: unknown, previous: Node | null): Node {
  const node = doc.createNode(value) as Node;
  // 2024-11-21 18:40 is quoted, as docs/content.md asks: some YAML readers take a date with a time for a timestamp.
  if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(node.value)) {
    node.type = 'QUOTE_DOUBLE';
  }
  if (previous && 'comment' in previous && previous.comment) node.comment = previous.comment;
  if (previous && 'commentBefore' in previous && previous.commentBefore) node.commentBefore = previous.commentBefore;
  if (previous && 'flow' in previous && (previous as YAMLMap).flow && 'flow' in node) (node as YAMLMap).flow = true;
  return node;
}

function keyOf(pair: Pair): string {
  const key = pair.key as Node | string | null;
  return String(isScalar(key) ? key.value : key);
}

/** Empty values the editor leaves behind (a cleared text, an untouched optional group) are not written. */
function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleaned).filter((item) => item !== undefined);
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
