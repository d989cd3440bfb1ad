import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import {
  allowedAttributes,
  allowedElementNames,
  embedUrl,
  isAllowedLink,
  isAllowedSource,
  mdxComponents,
} from './allowlist.ts';

/**
 * The allowlist explained: what in a body the sanitiser would remove, with a
 * sentence a staff member can act on and the line it is on. The content
 * checker reports these as `file:line` problems; the sanitiser removes them
 * whether or not anyone looked.
 */
export interface Finding {
  /** Line within the text given, counted from 1. */
  line: number;
  message: string;
}

export interface PolicyOptions {
  embedHosts: readonly string[];
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'background']);

/** Raw HTML as a browser parses it (parse5, scripting on): every element, attribute and URL outside the allowlist. */
export function htmlFindings(html: string, options: PolicyOptions): Finding[] {
  const findings: Finding[] = [];
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: true });
  // Without recursion: thousands of nested elements are one more thing a body may hold.
  const stack: Node[] = [...fragment.childNodes].reverse() as Node[];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) findings.push(...elementFindings(node, options));
    const children =
      'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
  return findings;
}

function elementFindings(element: Element, options: PolicyOptions): Finding[] {
  const line = element.sourceCodeLocation?.startLine ?? 1;
  const name = element.tagName;
  if (!allowedElementNames.includes(name)) return [{ line, message: elementMessage(name) }];
  const findings: Finding[] = [];
  for (const { name: attribute, value, prefix } of element.attrs) {
    const full = prefix ? `${prefix}:${attribute}` : attribute;
    const message = attributeMessage(name, full, value, options);
    if (message) findings.push({ line, message });
  }
  if (name === 'iframe') {
    const src = element.attrs.find((attribute) => attribute.name === 'src')?.value;
    const message = frameMessage(src, options);
    if (message) findings.push({ line, message });
  }
  return findings;
}

function elementMessage(name: string): string {
  if (['script', 'noscript', 'template'].includes(name))
    return `正文里不能使用 <${name}> 标签:它会在读者的手机上运行代码,发布时会被删去`;
  if (['style', 'link', 'meta', 'base'].includes(name))
    return `正文里不能使用 <${name}> 标签:它会改变整个页面或把读者带到别处,发布时会被删去`;
  if (['form', 'input', 'button', 'select', 'textarea'].includes(name))
    return `正文里不能使用 <${name}> 标签:文章里不能收集读者填写的内容,发布时会被删去`;
  if (['svg', 'math'].includes(name))
    return `正文里不能直接写 <${name}> 图形:请把图保存成 PNG 或 JPEG 图片,放在文章旁边`;
  if (['object', 'embed', 'frame', 'frameset', 'video', 'audio'].includes(name))
    return `正文里不能使用 <${name}> 标签:视频请用 <iframe> 嵌入 src/config/site.ts 的 embedHosts 里的网站`;
  return `正文里不能使用 <${name}> 标签,发布时会被删去;可以使用的写法见 docs/content.md`;
}

function attributeMessage(
  element: string,
  attribute: string,
  value: string,
  options: PolicyOptions,
): string | undefined {
  if (/^on/i.test(attribute))
    return `<${element}> 上不能写 ${attribute} 这类事件属性:它会在读者的手机上运行代码,请删去`;
  if (attribute === 'style' || attribute === 'class')
    return `<${element}> 上不能写 ${attribute}:文章不能改变网站的样式(例如盖住整个页面),发布时会被删去`;
  if (attribute === 'srcdoc') return `<${element}> 上不能写 srcdoc:嵌入的只能是视频网站的播放器,发布时会被删去`;
  const allowed = [...(allowedAttributes['*'] ?? []), ...(allowedAttributes[element] ?? [])];
  if (!allowed.includes(attribute))
    return `<${element}> 上不能写 ${attribute},发布时会被删去;可以使用的写法见 docs/content.md`;
  if (element === 'a' && attribute === 'target' && value !== '_blank')
    return `<a> 的 target 只能是 _blank(在新窗口打开)`;
  if (URL_ATTRIBUTES.has(attribute) && element !== 'iframe') {
    const ok = attribute === 'href' ? isAllowedLink(value) : isAllowedSource(value);
    if (!ok)
      return `<${element}> 的 ${attribute} 不能是“${shorten(value)}”这类网址:只能是 https://、http://、mailto:、tel: 或站内路径`;
  }
  void options;
  return undefined;
}

/** Why an `<iframe>` would not be published, if it would not. */
export function frameMessage(src: string | undefined, options: PolicyOptions): string | undefined {
  const allowed = options.embedHosts.join('、');
  if (!src) return `<iframe> 必须写 src,且只能嵌入这些网站的视频:${allowed}`;
  if (embedUrl(src, options.embedHosts)) return undefined;
  let host: string;
  try {
    host = new URL(src.trim().startsWith('//') ? `https:${src.trim()}` : src.trim()).hostname;
  } catch {
    return `<iframe> 的 src“${shorten(src)}”不是完整网址:只能嵌入这些网站的视频:${allowed}`;
  }
  if (!src.trim().toLowerCase().startsWith('https:') && !src.trim().startsWith('//'))
    return `<iframe> 的网址必须以 https:// 开头:“${shorten(src)}”`;
  return `不能嵌入“${host}”的页面:只能嵌入这些网站的视频:${allowed}(在 src/config/site.ts 的 embedHosts 里增加)`;
}

/** The parts of an MDX syntax-tree node the MDX policy reads (satteri's mdast). */
export interface MdxNode {
  type: string;
  position?: { start: { line: number } };
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

/**
 * MDX is for trusted layout only: read from its syntax tree, never run.
 * Refused: `import`/`export`, `{expressions}`, spread attributes, attribute
 * values written as `{…}`, Astro directives such as `set:html`, `srcDoc`,
 * event handlers, unknown components, and HTML outside the allowlist.
 */
export function mdxFindings(nodes: readonly MdxNode[], options: PolicyOptions): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line ?? 1;
    const report = (message: string) => findings.push({ line, message });
    if (node.type === 'mdxjsEsm')
      report('MDX 正文里不能写 import 或 export:MDX 只能用来排版,不能运行代码,请删去这一行');
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      report('MDX 正文里不能写 {…} 表达式:它会在构建时运行代码;要显示花括号请写成 \\{');
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const message of jsxMessages(node, options)) report(message);
    }
    node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return findings;
}

function jsxMessages(node: MdxNode, options: PolicyOptions): string[] {
  const name = node.name ?? '';
  if (!name) return [];
  const html = /^[a-z][a-z0-9]*$/.test(name);
  const componentProps = Object.hasOwn(mdxComponents, name) ? mdxComponents[name] : undefined;
  if (!html && !componentProps) {
    const listed = Object.keys(mdxComponents);
    return [
      `MDX 正文里没有 <${name}> 这个组件${listed.length ? `:可以用的组件有 ${listed.join('、')}` : ':本站的 MDX 目前不提供组件,请用 Markdown 或 docs/content.md 里列出的 HTML'}`,
    ];
  }
  if (html && !allowedElementNames.includes(name)) return [elementMessage(name)];
  const messages: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      messages.push(`<${name}> 上不能写 {...} 展开属性:属性要一个一个写出来,值用引号`);
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      messages.push(`<${name}> 的 ${attributeName} 不能写成 {…}:它会在构建时运行代码,请写成 ${attributeName}="文字"`);
      continue;
    }
    if (attributeName.includes(':') && !attributeName.startsWith('xlink:'))
      messages.push(`<${name}> 上不能写 ${attributeName}:这是 Astro 的指令,会把任意 HTML 放进页面`);
    else if (componentProps) {
      if (!componentProps.includes(attributeName)) messages.push(`组件 <${name}> 没有 ${attributeName} 这个属性`);
    } else {
      const lower = attributeName.toLowerCase();
      const message =
        lower === 'classname'
          ? attributeMessage(name, 'class', '', options)
          : attributeMessage(name, lower, typeof attribute.value === 'string' ? attribute.value : '', options);
      if (message) messages.push(message);
    }
  }
  if (name === 'iframe') {
    const src = node.attributes?.find((attribute) => attribute.name === 'src')?.value;
    const message = frameMessage(typeof src === 'string' ? src : undefined, options);
    if (message) messages.push(message);
  }
  return messages;
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
