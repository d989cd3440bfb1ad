import { Parser } from 'htmlparser2';
import type { CheckedEntry } from './model.ts';
import { bodyNodes, fileLine } from './markdown.ts';

export interface BodyTag {
  /** Lower-case tag name, e.g. `iframe`; MDX components keep their case (`Figure`). */
  name: string;
  /** Attribute values; an MDX `{expression}` is kept as `EXPRESSION`. */
  attribs: Record<string, string>;
  line: number;
}

/** Stands for an MDX attribute written as `{…}`: code, not text. */
export const EXPRESSION = '\u0000expression';

const cache = new WeakMap<CheckedEntry, BodyTag[]>();

/** Every HTML tag in an entry's body, raw HTML in Markdown and JSX in MDX alike, with its file line. */
export function bodyTags(entry: CheckedEntry): BodyTag[] {
  const cached = cache.get(entry);
  if (cached) return cached;
  const tags: BodyTag[] = [];
  for (const node of bodyNodes(entry)) {
    if (node.type === 'html' && node.value) {
      const html = node.value;
      const parser = new Parser(
        {
          onopentag(name, attribs) {
            const before = html.slice(0, parser.startIndex);
            tags.push({ name, attribs, line: fileLine(entry, node, before.split('\n').length - 1) });
          },
        },
        { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
      );
      parser.end(html);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attribs: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        attribs[attribute.name.toLowerCase()] =
          typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : EXPRESSION;
      }
      const name = /^[a-z]/.test(node.name) ? node.name.toLowerCase() : node.name;
      tags.push({ name, attribs, line: fileLine(entry, node) });
    }
  }
  cache.set(entry, tags);
  return tags;
}
