import type { ImportedArticle } from './article.ts';
import { isChrome } from './chrome.ts';
import { addCredits, parseCreditLine, splitNames, type Credits } from './credits.ts';
import { findDatelineDate } from './dates.ts';
import { fold } from './text-lines.ts';

/** `秦州区融媒体中心12月20日讯`: who filed the story and the day, without the year. */
export const MEDIA_DATELINE =
  /^(?:本台讯\s*)?(.{2,24}?(?:融媒体中心|融媒中心|电视台|广播电视台|新闻中心))\s*(?:记者\s*\S{2,4}\s*)?(\d{1,2}\s*月\s*\d{1,2}\s*日\s*讯)\s*/u;

const CONTRIBUTOR_NOTE = /[((]\s*(?:供稿|稿件来源|来源)\s*[::]?\s*([^()()]+?)\s*[))]\s*$/u;
const NEWS_SOURCE = /^[((]?\s*新闻来源\s*[::]\s*(.+?)(?:\s+转载\s*[::]\s*(.+?))?\s*[))]?$/u;

/**
 * A media-centre wire story: one paragraph opening with the dateline, closing
 * with `(供稿 …)`, then a line `(新闻来源:… 转载:…)`.
 */
export function parseMedia(lines: readonly string[]): ImportedArticle {
  const notes: string[] = [];
  const filled = lines.filter((line) => line !== '' && !isChrome(line));
  const leadIndex = filled.findIndex((line) => MEDIA_DATELINE.test(fold(line)));
  const lead = MEDIA_DATELINE.exec(fold(filled[leadIndex] ?? ''));
  const title = leadIndex > 0 ? filled[leadIndex - 1] : undefined;
  const text = filled.slice(Math.max(leadIndex, 0)).join('\n');
  const dateline = findDatelineDate(text);
  if (dateline && !dateline.found) {
    notes.push(`电头写的是 ${dateline.month}月${dateline.day}日,正文里没有年份:请填写 date 的年份`);
  }

  const credits: Credits = {};
  const blocks: ImportedArticle['blocks'] = [];
  let sourceName = lead?.[1];
  for (const [offset, raw] of filled.slice(Math.max(leadIndex, 0)).entries()) {
    let line = offset === 0 && lead ? raw.slice(lead[0].length) : raw;
    const newsSource = NEWS_SOURCE.exec(fold(line));
    if (newsSource) {
      sourceName = newsSource[1]?.trim() ?? sourceName;
      if (newsSource[2]) notes.push(`原文注明由“${newsSource[2].trim()}”转载:source 记的是新闻来源“${sourceName}”`);
      continue;
    }
    const credit = parseCreditLine(line);
    if (credit) {
      addCredits(credits, credit);
      continue;
    }
    const contributor = CONTRIBUTOR_NOTE.exec(fold(line));
    if (contributor) {
      addCredits(credits, [{ role: 'contributor', names: splitNames(contributor[1] ?? '') }]);
      line = line.slice(0, contributor.index).trimEnd();
    }
    if (line) blocks.push({ kind: 'paragraph', text: line });
  }
  if (!title) notes.push('没有找到标题(电头前面一行):请填写 title');
  return {
    shape: 'media',
    ...(title ? { title } : {}),
    ...(dateline?.found ? { date: dateline.found } : {}),
    source: { ...(sourceName ? { name: sourceName } : {}), kind: 'media' },
    credits,
    blocks,
    notes,
  };
}
