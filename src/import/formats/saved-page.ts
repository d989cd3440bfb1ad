import { DomUtils, parseDocument } from 'htmlparser2';
import type { PageHints, SiblingReader, SourceDocument, SourceEncoding } from '../model.ts';
import { dateFromEpoch, findDate } from '../rules/dates.ts';
import { isElement, markupBlocks, type DomElement, type DomNode, type PictureSource } from './html-blocks.ts';
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
  // Each folder beside the page that pictures were saved in (`标题_files`), and whether any of them was read from it.
  const folders = new Map<string, boolean>();
  const { blocks, checks } = await resolvePictures(markup.blocks, async (source) => {
    const bytes = await readSaved(source, readSibling);
    const folder = savedFolder(source);
    if (folder) folders.set(folder, folders.get(folder) === true || bytes !== undefined);
    return bytes;
  });
  // A folder none of whose pictures could be read was not given at all: one item says so before each picture's.
  const missing = [...folders].find(([, read]) => !read)?.[0];
  if (missing)
    checks.unshift(
      `网页的图片在“${missing}”文件夹里,一张也没有读到:请把 .html 文件和这个文件夹放在一起再导入;在编辑器里,要同时选中这两样,一起拖进导入框`,
    );
  return { format: content ? 'wechat-page' : 'html', encoding, blocks, hints, removed, checks };
}

/** The folder beside the page a picture was saved in (`标题_files` of `./标题_files/1.jpg`), if it was. */
function savedFolder(source: PictureSource): string | undefined {
  const path = source.src && !source.src.startsWith('data:') ? localPath(source.src) : undefined;
  return path?.includes('/') ? path.slice(0, path.indexOf('/')) : undefined;
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
