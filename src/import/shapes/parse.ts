import type { Block, CreditRole, KnownCity, ParsedArticle, Shape, SourceDocument } from '../model.ts';
import { isChrome } from '../rules/chrome.ts';
import { leadDateline } from '../rules/datelines.ts';
import { dateOnlyLine, findDate } from '../rules/dates.ts';
import { labelledPieces, splitNames } from '../rules/labelled.ts';
import { isMasthead, isOrganisationName, isSentence, sourceKindOf } from '../rules/names.ts';
import { toSimplified, toTraditional } from '../../lib/script.ts';
import { key, length } from '../text/lines.ts';
import { datelineDate, short, walkBody } from './body.ts';
import { Collector } from './collector.ts';
import { detectShape, isByline, isMetaLine, wechatTimeLine } from './detect.ts';

/**
 * Reads an article's fields out of its blocks and keeps its story: the header
 * rules of its shape, then the body walk shared by every shape.
 */
export function parseArticle(doc: SourceDocument, cities: readonly KnownCity[]): ParsedArticle {
  const found = new Collector(cities);
  found.removed.push(...doc.removed);
  for (const message of doc.checks) found.check(message);
  const shape = detectShape(doc.blocks, doc.format);
  const { start, kept } = headers[shape](doc, found);
  found.body.push(...kept);
  const story = doc.blocks.slice(start);
  const lead = walkBody(story, found, {
    shape,
    dateline: doc.format !== 'wechat-page',
    guessHeadings: doc.format === 'text',
  });
  if (lead) {
    datelineDate(lead, found, story.map((block) => block.text).join('\n'));
    found.setSource(lead.org, sourceKindOf(lead.org ?? '') ?? 'media', 1);
  }
  settleSource(shape, found);
  if (!found.title) found.check('没有认出标题:请填写 title(原文里像标题的行都留在了正文开头)');
  return {
    shape,
    ...(found.title ? { title: found.title } : {}),
    ...(found.date ? { date: found.date } : {}),
    source: found.source,
    credits: found.credits,
    body: found.body,
    removed: found.removed,
    checks: found.checks,
  };
}

interface Header {
  /** Where the story starts in the blocks. */
  start: number;
  /** Header lines that were not read into a field: they stay, at the top of the body. */
  kept: Block[];
}

const headers: Record<Shape, (doc: SourceDocument, found: Collector) => Header> = {
  wechat: readWechat,
  media: (doc, found) =>
    readAbove(
      doc,
      found,
      indexOf(doc.blocks, (text) => leadDateline(text)),
    ),
  newspaper: readNewspaper,
  website: (doc, found) => readAbove(doc, found, indexOf(doc.blocks, isMetaLine, 15) + 1),
  meeting: readPlain,
  plain: readPlain,
};

function indexOf(blocks: readonly Block[], test: (text: string) => unknown, within = blocks.length): number {
  return blocks.slice(0, within).findIndex((block) => block.kind !== 'picture' && test(block.text));
}

/** A line that can be a headline: not furniture, not a name, a date, a byline or a sentence of the story. */
export function canBeTitle(text: string, cities: readonly KnownCity[]): boolean {
  return (
    length(text) >= 4 &&
    // `——记……` is a subtitle.
    !/^[—–-]/u.test(text.trim()) &&
    !isChrome(text) &&
    !labelledPieces(text) &&
    !dateOnlyLine(text) &&
    !isOrganisationName(text, cities) &&
    !isSentence(text) &&
    !isByline(text) &&
    !wechatTimeLine(text) &&
    !leadDateline(text)
  );
}

/**
 * The lines above the story: furniture and dates are taken out, names become
 * the source, and the headline is the last line that can be one. Lines above
 * it that are none of these stay, and are named for the person to check.
 */
function readAbove(doc: SourceDocument, found: Collector, end: number): Header {
  const blocks = doc.blocks;
  if (end <= 0) return readPlain(doc, found);
  const candidates: Block[] = [];
  const kept: Block[] = [];
  for (const block of blocks.slice(0, end)) {
    const text = block.text;
    if (block.kind === 'picture') kept.push(block);
    else if (isChrome(text)) found.remove(text, 'chrome');
    else if (readLabelled(text, found)) continue;
    else if (found.setDate(dateOnlyLine(text), 'header') || dateOnlyLine(text)) found.remove(text, 'date');
    else if (isOrganisationName(text, found.cities)) {
      found.setSource(text, sourceKindOf(text), 0);
      found.remove(text, 'source.name');
    } else if (canBeTitle(text, found.cities)) candidates.push(block);
    else kept.push(block);
  }
  const title = pickTitle(candidates, doc, found, 'last');
  for (const block of candidates) if (block !== title) kept.push(block);
  return { start: end, kept: keepInOrder(blocks, kept, found) };
}

function readLabelled(text: string, found: Collector): boolean {
  const pieces = labelledPieces(text);
  if (!pieces) return false;
  found.remove(text, found.takePieces(pieces, 'header').join(', '));
  return true;
}

/** The headline among the candidates: the page's own title if one matches, else the one the shape puts last or first. */
function pickTitle(
  candidates: readonly Block[],
  doc: SourceDocument,
  found: Collector,
  which: 'first' | 'last' | 'only',
): Block | undefined {
  const hinted = doc.hints.title;
  if (hinted) {
    found.title = hinted;
    const same = candidates.find((block) => key(block.text).replace(/\s+/g, '') === key(hinted).replace(/\s+/g, ''));
    if (same) found.remove(same.text, 'title');
    return same;
  }
  const title =
    which === 'only'
      ? candidates.length === 1
        ? candidates[0]
        : undefined
      : which === 'first'
        ? candidates[0]
        : candidates.at(-1);
  if (title) {
    found.title = title.text;
    found.remove(title.text, 'title');
  }
  return title;
}

function keepInOrder(blocks: readonly Block[], kept: readonly Block[], found: Collector): Block[] {
  const ordered = blocks.filter((block) => kept.includes(block));
  for (const block of ordered) {
    if (block.kind !== 'picture') found.check(`标题上方的“${short(block.text)}”留在了正文开头:如果不属于文章,请删去`);
  }
  return ordered;
}

/**
 * A WeChat post: the title, the account and the author above the time line
 * (`原创 王丽 聊城市妇联`, or the account on a line of its own, above or
 * below the title), then the story. A saved page names them in its markup.
 */
function readWechat(doc: SourceDocument, found: Collector): Header {
  const { hints, blocks } = doc;
  if (doc.format === 'wechat-page') {
    if (hints.title) found.title = hints.title;
    found.setDate(hints.date, 'page');
    if (hints.account) found.setSource(accountSource(hints.account), 'wechat', 3);
    if (hints.url) found.source.url = hints.url;
    if (hints.author && hints.author !== hints.account) creditAuthor(hints.author, found);
    return { start: 0, kept: [] };
  }
  const at = indexOf(blocks, wechatTimeLine, 12);
  const time = wechatTimeLine(blocks[at]!.text)!;
  found.setDate(findDate(blocks[at]!.text), 'header');
  const words: string[] = [];
  const accounts: string[] = [];
  const candidates: Block[] = [];
  const kept: Block[] = [];
  for (const block of blocks.slice(0, at)) {
    const text = block.text;
    const byline = /^原创(?:\s+|$)(.*)$/u.exec(key(text));
    if (byline) {
      words.push(...splitNames(text.slice(text.length - byline[1]!.length)));
      found.remove(text, 'source.name');
    } else if (isChrome(text)) found.remove(text, 'chrome');
    else if (readLabelled(text, found)) continue;
    else if (isOrganisationName(text, found.cities)) {
      accounts.push(text);
      found.remove(text, 'source.name');
    } else if (canBeTitle(text, found.cities)) candidates.push(block);
    else kept.push(block);
  }
  words.push(...splitNames(time.before).filter((word) => key(word) !== '原创'));
  found.remove(blocks[at]!.text, time.before ? 'date, source.name' : 'date');
  const account = words.at(-1) ?? accounts.at(-1);
  if (account) found.setSource(accountSource(account), 'wechat', 3);
  const author = words.length >= 2 ? words.at(-2) : undefined;
  if (author && author !== account) creditAuthor(author, found);
  const title = pickTitle(candidates, doc, found, 'only');
  if (!title && candidates.length > 1) {
    found.check(
      `标题上方有几行都像标题(${candidates.map((block) => `“${short(block.text)}”`).join('、')}),无法判断哪一行是:请填写 title`,
    );
  }
  for (const block of candidates) if (block !== title) kept.push(block);
  return { start: at + 1, kept: keepInOrder(blocks, kept, found) };
}

/** A WeChat author field that is a person's name is the reporter; an organisation's is the account again. */
function creditAuthor(author: string, found: Collector): void {
  if (/^\p{Script=Han}{2,4}$/u.test(author) && !isOrganisationName(author, found.cities))
    found.addCredits('reporter', [author]);
}

/** `聊城市妇联` → `聊城市妇联微信公众号`, in the account name's own script: `吉林市婦聯微信公眾號`. */
function accountSource(account: string): string {
  if (/(公众号|微信)$/u.test(key(account))) return account;
  return `${account}${toSimplified(account) === account ? '微信公众号' : toTraditional('微信公众号')}`;
}

/**
 * An e-paper page: masthead, date and edition lines, a kicker, the headline
 * and a subtitle, then the byline (`□ 记者 甲`, with further names on lines of
 * their own: `□ 乙`), then the story.
 */
function readNewspaper(doc: SourceDocument, found: Collector): Header {
  const { blocks } = doc;
  const byline = indexOf(blocks, isByline, 25);
  if (byline === -1) {
    const lead = indexOf(blocks, (text) => leadDateline(text), 25);
    return readMasthead(doc, found, lead === -1 ? readPlain(doc, found) : readAbove(doc, found, lead));
  }
  const header = readAbove(doc, found, byline);
  let role = readByline(blocks[byline]!.text, found, undefined);
  let end = byline + 1;
  // Further names on lines of their own: `□ 乙`, names only, no punctuation.
  while (end < blocks.length && /^[□■◇◆]\s*[\p{Script=Han}·\s、]{2,30}$/u.test(key(blocks[end]!.text).trim())) {
    role = readByline(blocks[end]!.text, found, role);
    end++;
  }
  return readMasthead(doc, found, { start: end, kept: header.kept });
}

/** The paper's name above everything: the first line, when it is a masthead (中国妇女报) rather than a headline. */
function readMasthead(doc: SourceDocument, found: Collector, header: Header): Header {
  const first = doc.blocks[0];
  if (first && isMasthead(first.text)) found.setSource(first.text, 'newspaper', 2);
  return header;
}

/** `□ 中国妇女报·中国女网记者 甲 乙`: the role words say who is who; a line of names alone continues the last role. */
function readByline(text: string, found: Collector, role: CreditRole | undefined): CreditRole | undefined {
  const plain = text.trim().replace(/^[□■◇◆]\s*/u, '');
  // A paper's name and site before the role word: 中国妇女报·中国女网记者.
  const roleAt = key(plain).search(/(本报记者|特约记者|首席记者|见习记者|记者|本报通讯员|通讯员|实习生)/u);
  const names = roleAt > 0 && /[·•・]/u.test(plain.slice(0, roleAt)) ? plain.slice(roleAt) : plain;
  const pieces = labelledPieces(names);
  if (pieces) {
    found.remove(text, found.takePieces(pieces, 'header').join(', '));
    const last = pieces.at(-1)?.is;
    return last?.kind === 'credit' ? last.role : role;
  }
  const continued = role ?? 'reporter';
  found.addCredits(continued, splitNames(names));
  found.remove(text, `credits.${continued}`);
  return continued;
}

/**
 * Anything else, a Word file's or a meeting report's shape among them: the
 * first line is the title when it can be one (a page's own title wins), and
 * date, byline and source lines right under it are read.
 */
function readPlain(doc: SourceDocument, found: Collector): Header {
  const { blocks } = doc;
  let index = 0;
  while (index < blocks.length && blocks[index]!.kind !== 'picture' && isChrome(blocks[index]!.text)) {
    found.remove(blocks[index]!.text, 'chrome');
    index++;
  }
  const first = blocks[index];
  const title =
    first && first.kind !== 'picture' && canBeTitle(first.text, found.cities)
      ? pickTitle([first], doc, found, 'first')
      : pickTitle([], doc, found, 'first');
  if (title) index++;
  for (let seen = 0; seen < 4 && index < blocks.length; seen++) {
    const text = blocks[index]!.text;
    if (blocks[index]!.kind === 'picture') break;
    if (dateOnlyLine(text)) {
      found.setDate(dateOnlyLine(text), 'header');
      found.remove(text, 'date');
    } else if (!readLabelled(text, found)) break;
    index++;
  }
  return { start: index, kept: [] };
}

/** The source's kind where its name does not say it: the shape's own kind of publisher, or a federation's own site. */
function settleSource(shape: Shape, found: Collector): void {
  const { name } = found.source;
  const byShape = shape === 'wechat' || shape === 'media' || shape === 'newspaper' ? shape : undefined;
  found.source.kind ??= (name ? sourceKindOf(name) : undefined) ?? byShape;
  if (!found.source.kind && name && /(妇联|妇女联合会)$/u.test(key(name))) {
    found.source.kind = 'original';
    found.check(`来源是“${name}”:source.kind 暂写 original(本站原创),如果是转载请改`);
  }
  if (!found.source.name) found.check('没有认出来源:请填写 source.name');
  if (!found.source.kind) found.check('无法判断来源类型:请填写 source.kind');
}
