import type { ImportedArticle } from './article.ts';
import { isChrome } from './chrome.ts';
import { addCredits, parseCreditLine, type Credits } from './credits.ts';
import { findDate } from './dates.ts';

/** Anything else: the first line as the title, a date and credits wherever they are written. */
export function parsePlain(lines: readonly string[]): ImportedArticle {
  const filled = lines.filter((line) => line !== '' && !isChrome(line));
  const [title, ...rest] = filled;
  const dateLine = rest.slice(0, 5).find((line) => findDate(line));
  const date = dateLine ? findDate(dateLine) : undefined;
  const credits: Credits = {};
  const blocks: ImportedArticle['blocks'] = [];
  for (const line of rest) {
    // A line that is only a date (and perhaps a place) is the dateline, not a paragraph.
    if (line === dateLine && [...line].length <= 30) continue;
    const credit = parseCreditLine(line);
    if (credit) addCredits(credits, credit);
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return {
    shape: 'plain',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    source: {},
    credits,
    blocks,
    notes: ['没有认出这是哪种来源的文章(公众号、融媒体、报纸):请逐项核对'],
  };
}
