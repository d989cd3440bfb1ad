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

/** Decap's zh_Hans phrases with the workflow named as staff name it. */
export function registerPhrases(CMS: CmsApi): void {
  const phrases = CMS.getLocale('zh_Hans');
  if (phrases) CMS.registerLocale('zh_Hans', renamed(phrases) as Record<string, unknown>);
}

function renamed(value: unknown): unknown {
  if (typeof value === 'string') return words.reduce((text, [pattern, word]) => text.replace(pattern, word), value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renamed(inner)]));
  }
  return value;
}
