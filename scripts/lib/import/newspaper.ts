import type { CreditRole } from '../../../src/schemas/news.ts';
import type { ImportedArticle } from './article.ts';
import { isChrome } from './chrome.ts';
import { addCredits, parseCreditLine, roleOf, type Credits } from './credits.ts';
import { findDate } from './dates.ts';
import { fold, looksLikeHeading } from './text-lines.ts';

/** `□ 记者 张三 李四`, `■本报记者 张三 通讯员 李四`: the byline under an e-paper headline. */
const BYLINE = /^[□■◇◆]\s*|^(?:本报记者|本报通讯员|记者|通讯员)\s+\S/u;
/** `本报讯(记者 张三)` opening the first paragraph. */
const LEAD = /^本报(?:讯|[^\s,,。]{0,6}电)\s*(?:[((]([^))]*)[))])?\s*/u;
const FOOTER = /^(上一篇|下一篇|返回目录|返回本版|关于我们|联系我们|版权声明)/u;

/**
 * Text copied from a newspaper's e-paper page: masthead, date line, issue and
 * navigation, ratings and copyright, then the headline, the byline, the story
 * with its sub-headings, and footer links.
 */
export function parseNewspaper(lines: readonly string[]): ImportedArticle {
  const notes: string[] = [];
  const filled = lines.filter((line) => line !== '');
  const masthead = filled[0] && !findDate(filled[0]) && [...filled[0]].length <= 12 ? filled[0] : undefined;
  const bylineIndex = filled.findIndex((line) => BYLINE.test(fold(line)));
  const header = filled.slice(masthead ? 1 : 0, bylineIndex === -1 ? undefined : bylineIndex);
  const date = filled
    .slice(0, bylineIndex === -1 ? 12 : bylineIndex)
    .map(findDate)
    .find(Boolean);
  // The headline is the last line above the byline that is not page furniture or a date.
  const headerLines = header.filter((line) => !isChrome(line) && !findDate(line));
  let title = bylineIndex === -1 ? headerLines[0] : headerLines.at(-1);
  if (title?.startsWith('——') && headerLines.length > 1) {
    notes.push(`副标题“${title}”没有放进文章:需要的话写进正文第一段`);
    title = headerLines.at(-2);
  }

  const credits: Credits = {};
  if (bylineIndex !== -1) addCredits(credits, bylineCredits(filled[bylineIndex] ?? ''));
  const bodyStart = bylineIndex !== -1 ? bylineIndex + 1 : title ? filled.indexOf(title) + 1 : 0;
  const blocks: ImportedArticle['blocks'] = [];
  for (const raw of filled.slice(bodyStart)) {
    if (FOOTER.test(fold(raw)) && blocks.length > 0) break;
    if (isChrome(raw)) continue;
    const credit = parseCreditLine(raw);
    if (credit) {
      addCredits(credits, credit);
      continue;
    }
    let line = raw;
    const lead = blocks.length === 0 ? LEAD.exec(fold(line)) : null;
    if (lead) {
      if (lead[1]) addCredits(credits, bylineCredits(lead[1]));
      line = line.slice(lead[0].length);
    }
    const previous = blocks.at(-1);
    // A sub-heading is short and unpunctuated, and never two in a row: the second would be a short paragraph.
    const heading = blocks.length > 0 && previous?.kind === 'paragraph' && looksLikeHeading(line, 20);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line });
  }
  if (!masthead) notes.push('没有找到报纸名称(页面第一行):请填写 source.name');
  return {
    shape: 'newspaper',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    source: { ...(masthead ? { name: masthead } : {}), kind: 'newspaper' },
    credits,
    blocks,
    notes,
  };
}

/** `□ 本报记者 张三 李四 通讯员 王五`: each role word starts a run of names. */
export function bylineCredits(original: string): { role: CreditRole; names: string[] }[] {
  const line = fold(original);
  const single = parseCreditLine(line.replace(/^[□■◇◆]\s*/u, ''));
  if (single && single.length > 1) return single;
  const found: { role: CreditRole; names: string[] }[] = [];
  let current: { role: CreditRole; names: string[] } | undefined;
  for (const word of line.replace(/^[□■◇◆]\s*/u, '').split(/[\s、,,]+/u)) {
    const role = roleOf(word.replace(/^本报/, '')) ?? roleOf(word);
    if (role) {
      current = { role: word.includes('通讯员') ? 'contributor' : role, names: [] };
      found.push(current);
    } else if (word && current) current.names.push(word.replace(/[::]/g, ''));
  }
  return found.filter((credit) => credit.names.length > 0);
}
