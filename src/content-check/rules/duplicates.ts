import { toSimplified } from '../../lib/script.ts';
import { tagSlug, paths } from '../../lib/urls.ts';
import type { Problem, RuleContext } from '../model.ts';

/** Two things that would share one URL: the same slug twice, two tags spelled into one path (aliases: `aliases.ts`). */
export function checkDuplicates(context: RuleContext): Problem[] {
  return [...duplicateIds(context), ...tagCollisions(context)];
}

/** `x.md` and `x.mdx` in one folder are one URL; Astro would keep one of them without a word. */
function duplicateIds({ entries }: RuleContext): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const earlier = first.get(key);
    if (earlier) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `和 ${earlier} 的网址相同:同一个文件名只能用一次,请删去或改名其中一个`,
      });
    } else first.set(key, entry.file);
  }
  return problems;
}

/** 历史 and 理事 are both `lishi`: two different tags must not share one tag page. */
function tagCollisions({ entries }: RuleContext): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'news' || !Array.isArray(entry.data.tags)) continue;
    entry.data.tags.forEach((tag: unknown, index) => {
      if (typeof tag !== 'string') return;
      const label = toSimplified(tag);
      const slug = tagSlug(label);
      const existing = owner.get(slug);
      if (existing === undefined) owner.set(slug, label);
      else if (existing !== label) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(['tags', index]),
          field: `tags.${index}`,
          message: `标签“${tag}”和“${existing}”的网址都是 ${paths.tag(label)}:请换一种说法,或统一用“${existing}”`,
        });
      }
    });
  }
  return problems;
}
