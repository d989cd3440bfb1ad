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
 * The node types any rule reads: links, pictures, raw HTML and MDX elements.
 * Only these are kept; a whole tree per entry, held for every entry until
 * the last rule ran, took most of the checker's memory at 10,000 articles.
 */
const RULE_NODES = new Set(['link', 'definition', 'image', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

const cache = new WeakMap<CheckedEntry, ParsedBody>();

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
