import type { CmsApi } from './decap.ts';

/**
 * Decap's Chinese names for the review workflow, in the words of 未经审核不得发布: a draft goes 待审核, is
 * approved as 可发布, and only then is published (签发).
 */
const words: [RegExp, string][] = [
  [/审核中|审查中|待审查|待检查/g, '待审核'],
  [/已就绪|就绪/g, '可发布'],
  [/编辑工作流|工作流/g, '审核发布'],
];

/**
 * How the review board dates an entry. Decap's Chinese phrases keep the English `MMMM D`, and its date library
 * knows only English month names, so a card said "December 3"; `M月D日` says 12月3日.
 */
export const BOARD_DATE_FORMAT = 'M月D日';

/** Decap's zh_Hans phrases with the workflow named as staff name it, and the review board's dates in Chinese. */
export function registerPhrases(CMS: CmsApi): void {
  const phrases = CMS.getLocale('zh_Hans');
  if (phrases) CMS.registerLocale('zh_Hans', withBoardDates(renamed(phrases) as Record<string, unknown>));
}

function withBoardDates(phrases: Record<string, unknown>): Record<string, unknown> {
  const workflow = (phrases.workflow ?? {}) as Record<string, unknown>;
  const board = (workflow.workflow ?? {}) as Record<string, unknown>;
  return { ...phrases, workflow: { ...workflow, workflow: { ...board, dateFormat: BOARD_DATE_FORMAT } } };
}

function renamed(value: unknown): unknown {
  if (typeof value === 'string') return words.reduce((text, [pattern, word]) => text.replace(pattern, word), value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renamed(inner)]));
  }
  return value;
}
