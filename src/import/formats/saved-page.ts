import { DomUtils, parseDocument } from 'htmlparser2';
import type { PageHints, SiblingReader, SourceDocument, SourceEncoding } from '../model.ts';
import { dateFromEpoch, findDate } from '../rules/dates.ts';
import { isElement, markupBlocks, type DomElement, type DomNode, type MarkupBlocks } from './html-blocks.ts';
import { localPath, readSaved, resolvePictures } from './pictures.ts';

/**
 * A page saved from a browser ("网页,全部": the `.html` and its `_files`
 * folder). A WeChat article is read from its own markup: the title
 * (#activity-name), the account (#js_name), the time (#publish_time, or the
 * post's timestamp in its script) and the story (#js_content). Other pages
 * give their title and date in the metadata Chinese government sites carry
 * (ArticleTitle, PubDate, ContentSource) or Open Graph, and their story is the
 * <article>, <main> or <body> less navigation, headers, footers and asides.
 */
export async function savedPageDocument(
  html: string,
  encoding: SourceEncoding,
  readSibling: SiblingReader | undefined,
): Promise<SourceDocument> {
  const document = parseDocument(html);
  const nodes = document.children;
  const byId = (id: string) => DomUtils.findOne((element) => element.attribs.id === id, nodes, true) ?? undefined;
  const content =
    byId('js_content') ??
    DomUtils.findOne((element) => hasClass(element, 'rich_media_content'), nodes, true) ??
    undefined;
  const scripts = DomUtils.getElementsByTagName('script', nodes, true)
    .map((script) => DomUtils.textContent(script))
    .join('\n');
  const url = savedFrom(html) ?? meta(nodes, 'og:url') ?? scriptValue(scripts, 'msg_link');
  const removed: SourceDocument['removed'] = [];
  let hints: PageHints;
  let region: DomNode[];
  let skipFurniture: boolean;
  if (content) {
    const title = text(byId('activity-name')) || meta(nodes, 'og:title') || scriptValue(scripts, 'msg_title');
    const account = text(byId('js_name')) || scriptValue(scripts, 'nickname');
    const author = text(byId('js_author_name')) || authorSpan(nodes);
    const time = text(byId('publish_time'));
    const date =
      findDate(time) ??
      findDate(scriptValue(scripts, 'createTime') ?? '') ??
      dateFromEpoch(Number(scriptValue(scripts, 'ct') ?? scriptValue(scripts, 'publish_time') ?? NaN));
    hints = {
      ...(title ? { title } : {}),
      ...(account ? { account } : {}),
      ...(author ? { author } : {}),
      ...(date ? { date } : {}),
      ...(url ? { url: https(url) } : {}),
    };
    if (title) removed.push({ text: title, as: 'title' });
    if (account) removed.push({ text: account, as: 'source.name' });
    if (author) removed.push({ text: author, as: author === account ? 'source.name' : 'credits.reporter' });
    if (time) removed.push({ text: time, as: 'date' });
    removed.push({ text: '(正文 #js_content 以外的网页部分:按钮、二维码、脚本、留言和推荐文章)', as: 'chrome' });
    region = content.children;
    skipFurniture = false;
  } else {
    const title = meta(nodes, 'ArticleTitle') ?? meta(nodes, 'og:title') ?? singleH1(nodes);
    const date = findDate(
      meta(nodes, 'PubDate') ?? meta(nodes, 'article:published_time') ?? meta(nodes, 'publishdate') ?? '',
    );
    const source = meta(nodes, 'ContentSource');
    hints = {
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
      ...(source ? { source } : {}),
      ...(url && /^https?:\/\//iu.test(url) ? { url } : {}),
    };
    const main =
      DomUtils.getElementsByTagName('article', nodes, true, 1)[0] ??
      DomUtils.getElementsByTagName('main', nodes, true, 1)[0] ??
      DomUtils.getElementsByTagName('body', nodes, true, 1)[0];
    region = main ? main.children : nodes;
    skipFurniture = true;
  }
  const markup = markupBlocks(region, { skipFurniture });
  for (const line of markup.skipped) removed.push({ text: line, as: 'chrome' });
  const { blocks, checks } = await resolvePictures(markup.blocks, (source) => readSaved(source, readSibling));
  const folder = readSibling ? undefined : unreadFolder(markup.blocks);
  if (folder)
    checks.unshift(
      `网页的图片在“${folder}”文件夹里,这次没有一起读到:请在文件夹里同时选中 .html 文件和“${folder}”文件夹,一起拖进导入框,再导入一次`,
    );
  return { format: content ? 'wechat-page' : 'html', encoding, blocks, hints, removed, checks };
}

/**
 * The folder beside the page its pictures were saved in (`标题_files`), when
 * the page was given without a way to read it: in the editor, a `.html` file
 * chosen or dropped alone, which a browser does not let a page look beside.
 */
function unreadFolder(blocks: MarkupBlocks['blocks']): string | undefined {
  for (const block of blocks) {
    if (block.kind !== 'picture-source' || !block.source.src) continue;
    const path = localPath(block.source.src);
    if (path?.includes('/')) return path.slice(0, path.indexOf('/'));
  }
  return undefined;
}

/** An element's text as a reader sees it: what its scripts and styles hold is not text. */
function text(element: DomElement | undefined): string {
  if (!element) return '';
  const visible = (node: DomNode): string =>
    node.type === 'text'
      ? node.data
      : isElement(node) && !['script', 'style', 'template', 'noscript'].includes(node.name)
        ? node.children.map(visible).join('')
        : '';
  return visible(element).replace(/\s+/gu, ' ').trim();
}

function hasClass(element: DomElement, name: string): boolean {
  return (element.attribs.class ?? '').split(/\s+/u).includes(name);
}

function meta(nodes: DomNode[], name: string): string | undefined {
  const element = DomUtils.findOne(
    (candidate) =>
      candidate.name === 'meta' &&
      (candidate.attribs.name?.toLowerCase() === name.toLowerCase() ||
        candidate.attribs.property?.toLowerCase() === name.toLowerCase()),
    nodes,
    true,
  );
  const content = element?.attribs.content?.trim();
  return content || undefined;
}

/** `var msg_title = '…'` / `var ct = "1732185600"` in a WeChat page's script. */
function scriptValue(scripts: string, name: string): string | undefined {
  const match = new RegExp(String.raw`\b${name}\s*=\s*(?:htmlDecode\()?\s*(["'])(.*?)\1`, 'u').exec(scripts);
  const value = match?.[2]?.trim();
  return value ? decodeEntities(value).replace(/\s+/gu, ' ').trim() : undefined;
}

function decodeEntities(value: string): string {
  return DomUtils.textContent(parseDocument(value));
}

/** The author WeChat shows before the account, when the page has no #js_author_name. */
function authorSpan(nodes: DomNode[]): string {
  const meta = DomUtils.findOne((element) => element.attribs.id === 'meta_content', nodes, true);
  if (!meta) return '';
  const span = DomUtils.findOne(
    (element) => hasClass(element, 'rich_media_meta_text') && element.name === 'span' && !element.attribs.id,
    meta.children,
    true,
  );
  return text(span ?? undefined);
}

function singleH1(nodes: DomNode[]): string | undefined {
  const headings = DomUtils.getElementsByTagName('h1', nodes, true);
  return headings.length === 1 ? text(headings[0]) || undefined : undefined;
}

/** `<!-- saved from url=(0049)https://mp.weixin.qq.com/s/… -->`: where Chrome and Edge saved the page from. */
function savedFrom(html: string): string | undefined {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html.slice(0, 2048))?.[1];
}

function https(url: string): string {
  return url.replace(/^http:\/\/mp\.weixin\.qq\.com\//iu, 'https://mp.weixin.qq.com/').replace(/&amp;/gu, '&');
}
