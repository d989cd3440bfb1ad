import { realpathSync } from 'node:fs';
import { extname, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { schema, sanitizeTree, textOnly, type SanitizeOptions } from './sanitize.ts';

const UNSAFE = Symbol.for('jinguo.unsafeBody');

type Data = Record<PropertyKey, unknown>;

/**
 * The allowlist in Astro's Markdown and MDX pipeline (satteri), as a hast
 * plugin that runs before Astro's own (image marker, heading ids), so what
 * they add is Astro's, never the content's, and before the rendered HTML is
 * stored. Its visitors only look: a body made of allowed elements with
 * allowed attributes (asked of hast-util-sanitize itself, one element at a
 * time) is left as it is; a body with raw HTML, MDX code or components, or
 * anything the allowlist would change is sanitised whole (`sanitizeTree`).
 * Plain Markdown, nearly every article, costs one look at each element.
 */
export function sanitizePlugin(options: SanitizeOptions) {
  const flag = (data: Data) => {
    data[UNSAFE] = true;
  };
  const mdx = () => (_node: unknown, ctx: { data: Data }) => flag(ctx.data);
  return defineHastPlugin({
    name: 'jinguo:sanitize',
    before(_root, ctx) {
      // An MDX `layout` in frontmatter would be imported as a module and run: no entry schema has it, and none may.
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && 'layout' in frontmatter) delete frontmatter.layout;
    },
    element: {
      filter: [],
      visit(node, ctx) {
        if (!isAllowedAsIs(node)) flag(ctx.data);
      },
    },
    raw: (_node, ctx) => flag(ctx.data),
    comment: (_node, ctx) => flag(ctx.data),
    doctype: (_node, ctx) => flag(ctx.data),
    mdxJsxFlowElement: { filter: [], visit: mdx() },
    mdxJsxTextElement: { filter: [], visit: mdx() },
    mdxFlowExpression: mdx(),
    mdxTextExpression: mdx(),
    mdxjsEsm: mdx(),
    after(root, ctx) {
      if (!(ctx.data as Data)[UNSAFE]) return;
      let clean: Root;
      try {
        clean = sanitizeTree(JSON.parse(JSON.stringify(root)) as Root, options);
      } catch (error) {
        // Too deep even to copy: the body keeps its text, and nothing else.
        if (!(error instanceof RangeError)) throw error;
        clean = textOnly(root);
      }
      ctx.replaceNode(root, clean);
    },
  });
}

/**
 * True when the allowlist keeps an element exactly as it is: hast-util-sanitize,
 * given the element alone, returns the same name and properties. Frames and
 * links to a new window always take the whole path (their extra rules are there).
 */
function isAllowedAsIs(node: Readonly<Element>): boolean {
  if (node.tagName === 'iframe') return false;
  if (node.tagName === 'input' && (node.properties.type !== 'checkbox' || node.properties.disabled !== true))
    return false;
  const properties = { ...node.properties };
  if ('target' in properties) return false;
  const alone = sanitize({ type: 'element', tagName: node.tagName, properties, children: [] }, schema);
  if (alone.type !== 'element' || alone.tagName !== node.tagName) return false;
  const kept = alone.properties;
  const keys = Object.keys(properties).filter((key) => properties[key] !== undefined && properties[key] !== null);
  return (
    keys.length === Object.keys(kept).length &&
    keys.every((key) => JSON.stringify(kept[key]) === JSON.stringify(properties[key]))
  );
}

/**
 * Pictures written in Markdown (`![说明](./图.png)`) are bundled by Astro from
 * wherever they point. This keeps a picture only when its file, after
 * following symlinks, is inside `contentRoot`, and is not SVG (served from
 * the site's origin, an SVG can run script); anything else becomes its
 * description, before Astro collects the picture. The content checker
 * reports each such picture by file and line.
 */
export function confinedImagesPlugin(contentRoot: string) {
  return defineMdastPlugin({
    name: 'jinguo:confined-images',
    image(node, ctx) {
      const url = node.url ?? '';
      if (!ctx.fileURL || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim())) return;
      if (isConfinedImage(url, fileURLToPath(ctx.fileURL), contentRoot)) return;
      ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    },
  });
}

/**
 * True when a picture's path, relative to the entry at `entryFile`, names a
 * file that is inside `contentRoot` once symlinks are followed, and that is
 * not an SVG.
 */
export function isConfinedImage(src: string, entryFile: string, contentRoot: string): boolean {
  let path: string;
  try {
    path = decodeURI(src.split(/[?#]/)[0] ?? '');
  } catch {
    return false;
  }
  if (!path || isAbsolute(path) || path.startsWith('/')) return false;
  if (extname(path).toLowerCase() === '.svg') return false;
  let real: string;
  let root: string;
  try {
    real = realpathSync(resolve(entryFile, '..', path));
    root = realpathSync(contentRoot);
  } catch {
    // A missing file is the checker's to report; Astro stops on it too.
    return true;
  }
  return isInside(root, real) && extname(real).toLowerCase() !== '.svg';
}

/** True when `path` is `folder` or inside it: by `path.relative`, so `/site/dist-x` is not inside `/site/dist`. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
