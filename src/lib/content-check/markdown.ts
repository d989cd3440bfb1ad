import { markdownToMdast, mdxToMdast } from 'satteri';
import type { CheckedEntry } from './check-content.ts';

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

export type ParsedBody = { tree: MdNode } | { error: string; line: number };

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
    parsed = { tree };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    parsed = { error: message.replace(/^\d+:\d+:\s*/, ''), line: entry.bodyLine + line - 1 };
  }
  cache.set(entry, parsed);
  return parsed;
}

/** Every node of the body, depth first; nothing when the body does not parse (that is reported once, elsewhere). */
export function bodyNodes(entry: CheckedEntry): MdNode[] {
  const parsed = parseBody(entry);
  if (!('tree' in parsed)) return [];
  const nodes: MdNode[] = [];
  const visit = (node: MdNode) => {
    nodes.push(node);
    node.children?.forEach(visit);
  };
  visit(parsed.tree);
  return nodes;
}

/** File line of a node in the body. */
export function fileLine(entry: CheckedEntry, node: MdNode, offsetLines = 0): number {
  return entry.bodyLine + (node.position?.start.line ?? 1) - 1 + offsetLines;
}
