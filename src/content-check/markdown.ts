import { markdownToMdast, mdxToMdast } from 'satteri';
import type { CheckedEntry } from './model.ts';

/** The parts of an mdast node the rules read. */
export interface MdNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
  url?: string;
  alt?: string | null;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** What a body parse leaves for the rules: the nodes they read, or why it would not parse. */
export type ParsedBody = { nodes: MdNode[] } | { error: string; line: number };

/**
 * The node types any rule reads: links, pictures, raw HTML, MDX elements and MDX code.
 * Only these are kept: a whole tree per entry, held for every entry until
 * the last rule ran, was most of the checker's memory on a large site
 * (docs/performance.md).
 */
const RULE_NODES = new Set([
  'link',
  'definition',
  'image',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

const cache = new WeakMap<CheckedEntry, ParsedBody>();

/** Gives an entry the parse of its body read back from an earlier run (`EntryFindingsCache`), instead of parsing it. */
export function primeParsedBody(entry: CheckedEntry, parsed: ParsedBody): void {
  cache.set(entry, parsed);
}

/**
 * The parse as plain data that reads back the same for every rule, when it
 * can be: Markdown links, pictures and raw HTML, each with the fields the
 * rules read. A body with MDX nodes has none (their attribute values carry
 * expression trees), and is parsed again.
 */
export function storableParse(parsed: ParsedBody): ParsedBody | undefined {
  if ('error' in parsed) return { error: parsed.error, line: parsed.line };
  if (parsed.nodes.some((node) => node.type.startsWith('mdx'))) return undefined;
  return {
    nodes: parsed.nodes.map(({ type, position, url, alt, value }) => ({
      type,
      ...(position ? { position: { start: { line: position.start.line, column: position.start.column } } } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(alt !== undefined ? { alt } : {}),
      ...(value !== undefined ? { value } : {}),
    })),
  };
}

/**
 * The entry's body as the build will read it: satteri is the parser Astro itself
 * uses, so a link or a tag the rules see is one the page will have.
 */
export function parseBody(entry: CheckedEntry): ParsedBody {
  const cached = cache.get(entry);
  if (cached) return cached;
  let parsed: ParsedBody;
  try {
    const tree = (entry.format === 'mdx' ? mdxToMdast : markdownToMdast)(entry.body, {
      features: { frontmatter: false },
    }) as unknown as MdNode;
    const nodes: MdNode[] = [];
    const visit = (node: MdNode) => {
      if (RULE_NODES.has(node.type)) nodes.push(node);
      node.children?.forEach(visit);
    };
    visit(tree);
    parsed = { nodes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    parsed = { error: message.replace(/^\d+:\d+:\s*/, ''), line: entry.bodyLine + line - 1 };
  }
  cache.set(entry, parsed);
  return parsed;
}

/**
 * The body's links, definitions, pictures, raw HTML and MDX elements, depth
 * first; nothing when the body does not parse (that is reported once, elsewhere).
 */
export function bodyNodes(entry: CheckedEntry): MdNode[] {
  const parsed = parseBody(entry);
  return 'nodes' in parsed ? parsed.nodes : [];
}

/** File line of a node in the body. */
export function fileLine(entry: CheckedEntry, node: MdNode, offsetLines = 0): number {
  return entry.bodyLine + (node.position?.start.line ?? 1) - 1 + offsetLines;
}
