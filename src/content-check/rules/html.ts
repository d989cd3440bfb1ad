import { site } from '../../config/site.ts';
import { EXPRESSION, bodyTags } from '../html-tags.ts';
import { bodyNodes, fileLine } from '../markdown.ts';
import type { Problem, RuleContext } from '../model.ts';

/** Tags that run code, load from elsewhere or send readers' input away; none belongs in an article. */
const forbiddenTags = new Set(['script', 'object', 'embed', 'applet', 'base', 'form', 'meta', 'link', 'style']);

/** Attributes that hold a URL the browser may follow or load. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href']);

const frames = new Set(['iframe', 'frame']);

/**
 * Raw HTML in Markdown goes to readers' phones as written. Scripts, event
 * handlers, `javascript:` links and frames from unknown hosts are refused.
 */
export function checkHtml({ entries }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const report = (line: number, message: string) => problems.push({ file: entry.file, line, message });
    for (const tag of bodyTags(entry)) {
      if (forbiddenTags.has(tag.name)) {
        report(tag.line, `正文里不能使用 <${tag.name}> 标签:它会在读者的手机上运行代码或加载别处的内容,请删去`);
        continue;
      }
      for (const [name, value] of Object.entries(tag.attribs)) {
        if (/^on/i.test(name)) {
          report(tag.line, `<${tag.name}> 上不能写 ${name} 这类事件属性:它会在读者的手机上运行代码,请删去`);
        } else if (urlAttributes.has(name) && value !== EXPRESSION && isScriptUrl(value)) {
          report(tag.line, `<${tag.name}> 的 ${name} 不能是 javascript: 这类网址,请换成普通的 https:// 网址`);
        }
      }
      if (frames.has(tag.name)) {
        const message = frameProblem(tag.attribs.src);
        if (message) report(tag.line, message);
      }
    }
    for (const node of bodyNodes(entry)) {
      if (
        (node.type === 'link' || node.type === 'definition' || node.type === 'image') &&
        isScriptUrl(node.url ?? '')
      ) {
        report(fileLine(entry, node), `链接不能是 javascript: 这类网址:“${node.url}”,请删去或换成普通网址`);
      }
    }
  }
  return problems;
}

/** `javascript:`, also spelled with tabs, line breaks or capitals, and other schemes that run code. */
export function isScriptUrl(value: string): boolean {
  // Browsers strip ASCII whitespace and control characters from a URL before reading its scheme.
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(compact) || compact.startsWith('data:text/html');
}

function frameProblem(src: string | undefined): string | undefined {
  const allowed = site.embedHosts.join('、');
  if (!src || src === EXPRESSION) return `<iframe> 必须写 src,且只能嵌入这些网站的视频:${allowed}`;
  let url: URL;
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src);
  } catch {
    return `<iframe> 的 src“${src}”不是完整网址:只能嵌入这些网站的视频:${allowed}`;
  }
  if (url.protocol !== 'https:') return `<iframe> 的网址必须以 https:// 开头:“${src}”`;
  if (!site.embedHosts.includes(url.hostname)) {
    return `不能嵌入“${url.hostname}”的页面:只能嵌入这些网站的视频:${allowed}(在 src/config/site.ts 的 embedHosts 里增加)`;
  }
  return undefined;
}
