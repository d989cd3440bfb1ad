import type { Problem, RuleContext } from '../model.ts';

const MESSAGE =
  '本站要求新闻经审核后才能发布(未经审核不得发布):请在署名里写上审核人,例如 credits: { reviewer: 张华 };在编辑器里是“署名 → 审核”一栏';

/**
 * 撰稿 → 审核 → 签发: with the site's `requireReview` on, a news item that would be published names who reviewed
 * it, and its page shows that line. A draft is not published, so it may wait for its reviewer.
 */
export function checkReview({ entries, requireReview }: RuleContext): Problem[] {
  if (!requireReview) return [];
  return entries
    .filter((entry) => entry.collection === 'news' && entry.valid && entry.data.draft !== true)
    .filter((entry) => !hasReviewer(entry.data.credits))
    .map((entry) => ({
      file: entry.file,
      line: entry.lineOf(['credits', 'reviewer']),
      field: 'credits.reviewer',
      message: MESSAGE,
    }));
}

function hasReviewer(credits: unknown): boolean {
  const reviewer = (credits as { reviewer?: unknown } | undefined)?.reviewer;
  return Array.isArray(reviewer) && reviewer.some((name) => typeof name === 'string' && name.trim() !== '');
}
