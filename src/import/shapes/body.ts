import type { Block, Shape } from '../model.ts';
import { isChrome, isEnd, isSignOff } from '../rules/chrome.ts';
import { leadDateline, type Dateline } from '../rules/datelines.ts';
import { buildDate } from '../rules/dates.ts';
import { labelledPieces, trailingCredit } from '../rules/labelled.ts';
import { isOrganisationName } from '../rules/names.ts';
import { escapeMarkdown, fold, key, length, looksLikeHeading } from '../text/lines.ts';
import type { Collector } from './collector.ts';

/** Section numbers on a line of their own, as WeChat posts number their parts: 01, 02, 一, Part 1. */
const SECTION_NUMBER = /^(?:0?\d|[一二三四五六七八九十]{1,2}|Part\s*\d+|PART\s*\d+)$/iu;
/** `一、强化思想引领`, `(二)服务大局`: numbered sub-headings of a report. */
const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[部分章节])/u;
/** A closing note at the end of a paragraph: `……作了安排。(供稿 秦州区妇联)`. */
const CLOSING_NOTE = /[([【]([^()[\]【】]{2,40})[)\]】]\s*$/u;

export interface BodyOptions {
  shape: Shape;
  /** Take a dateline off the first paragraph (wire stories, newspaper leads). */
  dateline: boolean;
  /** Whether short unpunctuated lines between paragraphs are sub-headings (text input has no other sign of them). */
  guessHeadings: boolean;
}

/**
 * Walks the article after its header: keeps every paragraph of the story, and
 * takes out page furniture, credits, source notes and what follows an
 * account's sign-off, recording each line it takes out.
 */
export function walkBody(blocks: readonly Block[], found: Collector, options: BodyOptions): Dateline | undefined {
  let ended = false;
  let closing = false;
  let sectionPending = false;
  let dateline: Dateline | undefined;
  let leadDone = !options.dateline;
  for (const [index, original] of blocks.entries()) {
    let block = original;
    const text = block.text;
    if (block.kind === 'picture') {
      // After the story: the account's QR code and banner.
      if (ended || closing) found.remove('[图片]', 'chrome');
      else found.body.push(block);
      continue;
    }
    if (block.kind !== 'paragraph') {
      if (ended) found.remove(text, 'chrome');
      else found.body.push(block);
      continue;
    }
    if (isEnd(text)) {
      ended = true;
      found.remove(text, 'chrome');
      continue;
    }
    const pieces = labelledPieces(text);
    // A line of only a date in the story (a meeting's 时间:……) stays; credits and sources never belong to it.
    if (
      pieces &&
      (closing || ended || pieces.some((piece) => piece.is.kind !== 'date' && piece.is.kind !== 'counter'))
    ) {
      found.remove(text, found.takePieces(pieces, 'closing').join(', '));
      closing = true;
      continue;
    }
    const trailing = trailingCredit(text);
    if (trailing) {
      found.addCredits(trailing.role, trailing.names);
      found.remove(text, `credits.${trailing.role}`);
      closing = true;
      continue;
    }
    if (ended || isChrome(text) || (closing && (isSignOff(text) || isOrganisationName(text, found.cities)))) {
      found.remove(text, 'chrome');
      continue;
    }
    if (options.shape === 'wechat' && SECTION_NUMBER.test(fold(text))) {
      found.remove(text, 'chrome');
      sectionPending = true;
      continue;
    }
    if (!leadDone) {
      leadDone = true;
      const lead = leadDateline(text);
      if (lead) {
        dateline = lead;
        found.remove(text.slice(0, lead.length).trim(), datelineFields(lead).join(', '));
        for (const credit of lead.credits) found.addCredits(credit.role, credit.names);
        block = trimStart(block, lead.length);
      }
    }
    block = takeClosingNote(block, found);
    if (block.text === '') continue;
    if (closing) found.check(`署名之后的“${short(block.text)}”留在了正文里:如果不属于文章,请删去`);
    const heading =
      (sectionPending && looksLikeHeading(block.text)) ||
      (block.kind === 'paragraph' && block.headingLevel !== undefined && looksLikeHeading(block.text, 40)) ||
      (options.guessHeadings && isGuessedHeading(blocks, index, found));
    sectionPending = false;
    const level = block.kind === 'paragraph' && (block.headingLevel ?? 2) >= 3 ? 3 : 2;
    found.body.push(heading ? { kind: 'heading', level, text: block.text, markdown: block.markdown } : block);
  }
  return dateline;
}

function datelineFields(lead: Dateline): string[] {
  return [
    ...(lead.month ? ['date'] : []),
    ...(lead.org ? ['source.name'] : []),
    ...lead.credits.map((credit) => `credits.${credit.role}`),
    ...(lead.month || lead.org || lead.credits.length > 0 ? [] : ['chrome']),
  ];
}

/** A short line between two paragraphs, or a numbered one (`一、……`), reads as a sub-heading. */
function isGuessedHeading(blocks: readonly Block[], index: number, found: Collector): boolean {
  const text = blocks[index]!.text;
  const previous = found.body.at(-1);
  const next = blocks[index + 1];
  if (!previous || previous.kind !== 'paragraph' || !next || next.kind !== 'paragraph') return false;
  if (NUMBERED_HEADING.test(key(text)) && looksLikeHeading(text, 30)) return true;
  return looksLikeHeading(text, 20) && length(next.text) > 20 && length(previous.text) > 20;
}

/** `……作了安排。(供稿 秦州区妇联)`: the note becomes a credit, the paragraph stays. */
function takeClosingNote(block: Block, found: Collector): Block {
  const match = CLOSING_NOTE.exec(key(block.text));
  if (!match || match.index === 0) return block;
  const note = block.text.slice(match.index);
  const pieces = labelledPieces(note);
  const trailing = pieces ? undefined : trailingCredit(note);
  if (!pieces && !trailing) return block;
  if (pieces) found.remove(note, found.takePieces(pieces, 'closing').join(', '));
  if (trailing) {
    found.addCredits(trailing.role, trailing.names);
    found.remove(note, `credits.${trailing.role}`);
  }
  return trimEnd(block, block.text.length - match.index);
}

export function short(text: string): string {
  return length(text) > 24 ? `${[...text].slice(0, 24).join('')}……` : text;
}

/** A paragraph without its first `count` characters; its Markdown follows when it is the plain escaped text. */
export function trimStart(block: Block, count: number): Block {
  const text = block.text.slice(count).trimStart();
  const removed = block.text.slice(0, block.text.length - text.length);
  const escaped = escapeMarkdown(removed);
  const markdown = block.markdown.startsWith(escaped)
    ? block.markdown.slice(escaped.length).trimStart()
    : escapeMarkdown(text);
  return { ...block, text, markdown } as Block;
}

export function trimEnd(block: Block, count: number): Block {
  const text = block.text.slice(0, block.text.length - count).trimEnd();
  const removed = escapeMarkdown(block.text.slice(text.length).trim());
  const markdown = block.markdown.endsWith(removed)
    ? block.markdown.slice(0, -removed.length).trimEnd()
    : escapeMarkdown(text);
  return { ...block, text, markdown } as Block;
}

/** The year of a dateline's day: a full date elsewhere in the article, else the first year the story names. */
export function datelineDate(lead: Dateline, found: Collector, story: string): void {
  if (!lead.month || !lead.day) return;
  if (found.date && found.dateOrigin !== 'closing') {
    const year = lead.year ?? Number(found.date.day.slice(0, 4));
    const day = buildDate(year, lead.month, lead.day);
    if (day && day.day !== found.date.day) {
      found.check(
        `电头写的是 ${lead.month}月${lead.day}日,页面上的发布日期是 ${found.date.day}:date 用的是后者,请核对`,
      );
    }
    return;
  }
  const year =
    lead.year ?? Number(/(?<!\d)((?:19|20)\d{2})\s*年/u.exec(key(story))?.[1] ?? found.date?.day.slice(0, 4) ?? NaN);
  const day = Number.isNaN(year) ? undefined : buildDate(year, lead.month, lead.day);
  if (!day) {
    found.check(`电头写的是 ${lead.month}月${lead.day}日,原文没有写年份:请填写 date`);
    return;
  }
  found.date = day;
  found.dateOrigin = 'dateline';
  if (!lead.year) found.check(`电头没有写年份,date 的年份 ${year} 取自正文:请核对`);
}
