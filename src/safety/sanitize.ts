import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { parseFragment } from 'parse5';
import { find, html as htmlSpace } from 'property-information';
import {
  IFRAME_SANDBOX,
  NEW_WINDOW_REL,
  allowedAttributes,
  allowedElementNames,
  embedUrl,
  linkSchemes,
  mdxComponents,
  sourceSchemes,
} from './allowlist.ts';

export interface SanitizeOptions {
  /** Hosts whose players an `<iframe>` may embed (`site.embedHosts`). */
  embedHosts: readonly string[];
}

/** An attribute by its HTML name, as hast spells the property (`colspan` → `colSpan`). */
const property = (attribute: string) => find(htmlSpace, attribute).property;

/** What Markdown itself writes, allowed exactly as written (footnotes, task lists, table alignment, code language). */
const markdownOutput: NonNullable<Schema['attributes']> = {
  a: [
    ['id', /^user-content-fnref-/],
    ['ariaDescribedBy', 'footnote-label'],
    'dataFootnoteRef',
    'dataFootnoteBackref',
    'ariaLabel',
    ['className', 'data-footnote-backref'],
  ],
  li: [
    ['id', /^user-content-fn-/],
    ['className', 'task-list-item'],
  ],
  ul: [['className', 'contains-task-list']],
  ol: [['className', 'contains-task-list']],
  section: ['dataFootnotes', ['className', 'footnotes']],
  h2: [
    ['id', 'footnote-label'],
    ['className', 'sr-only'],
  ],
  code: [['className', /^language-[\w-]+$/]],
  th: [['style', /^text-align: (left|right|center)$/]],
  td: [['style', /^text-align: (left|right|center)$/]],
};

/** Attribute values narrower than "any text". */
const restricted: Record<string, Record<string, unknown>> = {
  a: { target: '_blank' },
  input: { type: 'checkbox', disabled: true },
};

/** The allowlist (`allowlist.ts`) as hast-util-sanitize's schema. */
export const schema: Schema = {
  tagNames: [...allowedElementNames],
  attributes: Object.fromEntries(
    [...new Set([...Object.keys(allowedAttributes), ...Object.keys(markdownOutput)])].map((tag) => [
      tag,
      [
        ...(allowedAttributes[tag] ?? []).map((name) => {
          const value = restricted[tag]?.[name];
          return value === undefined ? property(name) : ([property(name), value] as [string, string | boolean]);
        }),
        ...(markdownOutput[tag] ?? []),
      ],
    ]),
  ),
  protocols: {
    href: [...linkSchemes],
    src: [...sourceSchemes],
    cite: [...sourceSchemes],
  },
  // Ids are not prefixed: the only ones allowed are Markdown's own footnote ids, already prefixed `user-content-`.
  clobber: [],
  clobberPrefix: '',
  // Nothing keeps its text when removed except as text: a removed `<script>`'s code or `<style>`'s rules are dropped whole.
  strip: ['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'textarea', 'title'],
  allowComments: false,
  allowDoctypes: false,
  ancestors: {},
  required: {},
};

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Nodes[];
}

/**
 * `tree` cut down to the allowlist: raw HTML parsed as a browser parses it
 * (parse5, through hast-util-raw), then every element, attribute and URL not
 * allowed removed (hast-util-sanitize), then the rules a schema cannot say:
 * an `<iframe>` only from an embed host, always sandboxed and never with
 * content of its own; a link to a new window never able to reach back. MDX
 * code — `import`/`export`, `{expressions}`, spreads and attributes written
 * as `{…}` — is removed, never run; HTML written as JSX is sanitised like any
 * other, and only the listed components are kept, with literal props.
 */
export function sanitizeTree(tree: Root, options: SanitizeOptions): Root {
  try {
    return sanitizeWhole(tree, options);
  } catch (error) {
    // Thousands of nested elements exhaust the stack of the tree utilities: such a body keeps its text, and nothing else.
    if (error instanceof RangeError) return textOnly(tree);
    throw error;
  }
}

function sanitizeWhole(tree: Root, options: SanitizeOptions): Root {
  const components: MdxJsxNode[] = [];
  const marker = `jinguo-component-${Math.random().toString(36).slice(2)}`;
  const plain = fromMdx(tree, components, marker) as Root;
  const parsed = raw(plain) as Root;
  const clean = sanitize(parsed, {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), marker],
    attributes: { ...schema.attributes, [marker]: ['dataIndex'] },
  }) as Root;
  afterSchema(clean, options);
  return toMdx(clean, components, marker) as Root;
}

/** An HTML string cut down to the allowlist, for HTML that does not come through the Markdown pipeline (previews, imports). */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  return toHtml(sanitizeTree({ type: 'root', children: [{ type: 'raw', value: html }] }, options));
}

/**
 * MDX nodes made plain hast: code dropped; HTML written as JSX (`<iframe …/>`)
 * an element with its literal attributes; a listed component kept aside and
 * held in its place by a marker element, so its children are sanitised too.
 */
function fromMdx(node: Nodes, components: MdxJsxNode[], marker: string): Nodes | undefined {
  const type = node.type as string;
  if (type === 'mdxFlowExpression' || type === 'mdxTextExpression' || type === 'mdxjsEsm') return undefined;
  if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
    const jsx = node as unknown as MdxJsxNode;
    const children = mapChildren(jsx.children, components, marker) as ElementContent[];
    const name = jsx.name ?? '';
    if (/^[a-z][a-z0-9]*$/.test(name)) {
      return { type: 'element', tagName: name, properties: literalProperties(jsx), children };
    }
    const props = Object.hasOwn(mdxComponents, name) ? mdxComponents[name] : undefined;
    if (!props) return { type: 'element', tagName: 'span', properties: {}, children };
    components.push({ ...jsx, attributes: jsx.attributes.filter((a) => isLiteral(a) && props.includes(a.name ?? '')) });
    return { type: 'element', tagName: marker, properties: { dataIndex: components.length - 1 }, children };
  }
  if ('children' in node) return { ...node, children: mapChildren(node.children, components, marker) } as Nodes;
  return node;
}

function mapChildren(children: readonly Nodes[], components: MdxJsxNode[], marker: string): RootContent[] {
  return children.flatMap((child) => {
    const mapped = fromMdx(child, components, marker);
    return mapped ? [mapped as RootContent] : [];
  });
}

function isLiteral(attribute: MdxJsxNode['attributes'][number]): boolean {
  return attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string');
}

function literalProperties(jsx: MdxJsxNode): Properties {
  const properties: Properties = {};
  for (const attribute of jsx.attributes) {
    if (!isLiteral(attribute) || !attribute.name) continue;
    properties[find(htmlSpace, attribute.name).property] = attribute.value === null ? true : String(attribute.value);
  }
  return properties;
}

function toMdx(node: Nodes, components: MdxJsxNode[], marker: string): Nodes {
  if (node.type === 'element' && node.tagName === marker) {
    const component = components[Number(node.properties.dataIndex)];
    const children = node.children.map((child) => toMdx(child, components, marker));
    if (!component) return { type: 'element', tagName: 'span', properties: {}, children } as Element;
    return { ...component, children } as unknown as Nodes;
  }
  if ('children' in node) {
    return { ...node, children: node.children.map((child) => toMdx(child, components, marker)) } as Nodes;
  }
  return node;
}

/** The rules hast-util-sanitize's schema cannot express, applied to its output in place. */
function afterSchema(node: Root | Element, options: SanitizeOptions): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (child.tagName === 'iframe') return embed(child, options);
    if (child.tagName === 'a' && child.properties.target !== undefined)
      child.properties.rel = NEW_WINDOW_REL.split(' ');
    if (child.tagName === 'input') {
      if (child.properties.type !== 'checkbox') return false;
      child.properties.disabled = true;
    }
    afterSchema(child, options);
    return true;
  });
}

/** An `<iframe>` is kept only for a player on an embed host, sandboxed, lazy, titled, and empty. */
function embed(frame: Element, options: SanitizeOptions): boolean {
  const src = typeof frame.properties.src === 'string' ? frame.properties.src : '';
  const url = embedUrl(src, options.embedHosts);
  if (!url) return false;
  frame.properties.src = url.href;
  frame.properties.sandbox = IFRAME_SANDBOX.split(' ');
  frame.properties.loading = 'lazy';
  frame.properties.referrerPolicy = 'strict-origin-when-cross-origin';
  if (typeof frame.properties.title !== 'string' || !frame.properties.title.trim()) frame.properties.title = '视频';
  frame.children = [];
  return true;
}

/**
 * The text of a tree, raw HTML included (read by parse5, which keeps no stack
 * of its own), as one paragraph: walked without recursion, for a tree too
 * deep for the tree utilities. Text of elements that hold code is left out.
 */
export function textOnly(tree: Readonly<Root>): Root {
  const texts: string[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as {
      type?: string;
      nodeName?: string;
      value?: string;
      children?: unknown[];
      childNodes?: unknown[];
    };
    if (node.type === 'text' || node.nodeName === '#text') texts.push(node.value ?? '');
    else if (node.type === 'raw') stack.push(parseFragment(node.value ?? ''));
    else if (!schema.strip?.includes(node.nodeName ?? '')) {
      const children = node.children ?? node.childNodes ?? [];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
  }
  const text = texts.join('').trim();
  return {
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
  };
}
