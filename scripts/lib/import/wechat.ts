import type { ImportedArticle } from './article.ts';
import { isChrome, isWechatEnd } from './chrome.ts';
import { addCredits, parseCreditLine, type Credits } from './credits.ts';
import { findDate } from './dates.ts';
import { fold, looksLikeHeading } from './text-lines.ts';

/** `2024-11-21 18:40   山东`: the post's time and the IP region WeChat shows under the title. */
export const WECHAT_DATE_LINE = /(?<!\d)\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:\s+\S{1,8})?$/u;

/** Section numbers on a line of their own: 01, 02, 一, 二. */
const SECTION_NUMBER = /^(?:0?\d|[一二三四五六七八九十]{1,2}|Part\s*\d+)$/iu;

/**
 * Text copied from a WeChat official-account post: title, account and date
 * lines, the story with numbered sections, closing credits, then the account's
 * blurb and its latest articles, which are dropped.
 */
export function parseWechat(lines: readonly string[]): ImportedArticle {
  const notes: string[] = [];
  const filled = lines.map((line, index) => ({ line, index })).filter(({ line }) => line !== '');
  const dateAt = filled.slice(0, 12).find(({ line }) => WECHAT_DATE_LINE.test(fold(line)));
  const date = dateAt ? findDate(dateAt.line) : undefined;
  const header = filled.filter(({ index }) => dateAt && index < dateAt.index);
  const title = header[0]?.line;
  // Between the title and the time: 原创, the author, the account name; the account is the last word.
  const byline = [
    ...header.slice(1).map(({ line }) => line),
    fold(dateAt?.line ?? '').replace(WECHAT_DATE_LINE, '') ?? '',
  ]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word && word !== '原创');
  const account = byline.at(-1);
  if (!account) notes.push('没有找到公众号名称:请填写 source.name');

  const credits: Credits = {};
  const blocks: ImportedArticle['blocks'] = [];
  let inCredits = false;
  let sectionPending = false;
  for (const { line } of filled.filter(({ index }) => !dateAt || index > dateAt.index)) {
    if (isWechatEnd(line)) break;
    if (isChrome(line)) continue;
    const credit = parseCreditLine(line);
    if (credit) {
      addCredits(credits, credit);
      inCredits = true;
      continue;
    }
    const source = /^(?:来源|文章来源|稿件来源)\s*:\s*(.+)$/u.exec(fold(line));
    if (source) {
      notes.push(`原文注明“来源:${source[1]}”:如果这篇是转载,请把 source 改成原来的出处`);
      inCredits = true;
      continue;
    }
    // After the credits comes the account's own blurb: not part of the story.
    if (inCredits) break;
    if (SECTION_NUMBER.test(fold(line))) {
      sectionPending = true;
      continue;
    }
    if (sectionPending && looksLikeHeading(line)) blocks.push({ kind: 'heading', text: line });
    else blocks.push({ kind: 'paragraph', text: line });
    sectionPending = false;
  }
  return {
    shape: 'wechat',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    source: {
      ...(account ? { name: account.endsWith('公众号') ? account : `${account}微信公众号` } : {}),
      kind: 'wechat',
    },
    credits,
    blocks,
    notes,
  };
}
