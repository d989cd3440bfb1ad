import type { Block, Format, Shape } from '../model.ts';
import { isChrome } from '../rules/chrome.ts';
import { leadDateline } from '../rules/datelines.ts';
import { dateOnlyLine, findDateAt } from '../rules/dates.ts';
import { labelledPieces } from '../rules/labelled.ts';
import { isMasthead } from '../rules/names.ts';
import { key } from '../text/lines.ts';

/**
 * `2024-11-21 18:40 山东`, `2026年11月28日 18:30 甘肃`, `原创 王丽 聊城市妇联 2024-11-21 18:40`:
 * the line under a WeChat post's title, with the post time and the region.
 */
export function wechatTimeLine(line: string): { before: string; region?: string } | undefined {
  const text = key(line).trim();
  const found = findDateAt(text);
  if (!found?.date.time) return undefined;
  const after = text.slice(found.index + found.length).trim();
  if (after !== '' && !/^\p{Script=Han}{2,8}$/u.test(after)) return undefined;
  const before = line.slice(0, found.index).trim();
  if (before.length > 40) return undefined;
  return { before, ...(after ? { region: after } : {}) };
}

/** `□ 记者 赵明 孙丽`, `■本报记者 赵明 通讯员 钱芳`, `□ 中国妇女报·中国女网记者 甲`: an e-paper byline. */
export function isByline(line: string): boolean {
  const text = key(line).trim();
  return (
    /^[□■◇◆]/u.test(text) || (/^(本报记者|本报通讯员|特约记者|记者|通讯员)\s+\S{2,}/u.test(text) && text.length <= 40)
  );
}

export function isMetaLine(line: string): boolean {
  const pieces = labelledPieces(line);
  return (
    pieces !== undefined &&
    pieces.some((piece) => piece.is.kind === 'date' || piece.is.kind === 'counter') &&
    pieces.length >= 2
  );
}

/** Which layout an article has; `plain` when none fits. The first rule that matches decides. */
export function detectShape(blocks: readonly Block[], format: Format): Shape {
  if (format === 'wechat-page') return 'wechat';
  const lines = blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'heading')
    .map((block) => block.text);
  const top = lines.slice(0, 15);
  const leads = top.map((line) => ({ line: key(line), lead: leadDateline(line) }));
  // A station's or a site's dateline (秦州区融媒体中心3月5日讯, 本台讯, 聊城新闻网讯); a paper's is 本报讯.
  if (leads.some(({ line, lead }) => lead && (lead.org ? !/报$/u.test(key(lead.org)) : /^本(台|网)/u.test(line))))
    return 'media';
  if (lines.slice(0, 12).some((line) => wechatTimeLine(line))) return 'wechat';
  if (
    lines.slice(0, 20).some(isByline) ||
    leads.some(({ line, lead }) => lead && /^本报/u.test(line)) ||
    (isMasthead(lines[0] ?? '') && top.some((line) => dateOnlyLine(line)))
  ) {
    return 'newspaper';
  }
  if (
    top.some(isMetaLine) ||
    top.slice(0, 5).some((line) => /^(当前位置|您的位置|您现在的位置|首页\s*[>»›])/u.test(key(line)))
  ) {
    return 'website';
  }
  if (lines[1] && dateOnlyLine(lines[1]) && /会/u.test(key(lines[0] ?? ''))) return 'meeting';
  if (leads.some(({ lead }) => lead?.month)) return 'media';
  return top.some((line) => isChrome(line)) && top.some(isMetaLine) ? 'website' : 'plain';
}
