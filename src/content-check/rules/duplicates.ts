import { toSimplified } from '../../lib/script.ts';
import { tagSlug, paths, sectionPaths } from '../../lib/urls.ts';
import type { Problem, RuleContext } from '../model.ts';

/** Two things that would share one URL: the same slug twice, two tags spelled into one path, an alias claimed twice. */
export function checkDuplicates(context: RuleContext): Problem[] {
  return [...duplicateIds(context), ...tagCollisions(context), ...aliasCollisions(context)];
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

const sections = new Set(sectionPaths);

function aliasCollisions({ pages, manifest }: RuleContext): Problem[] {
  const pageOwner = new Map(pages.map((page) => [page.path, page]));
  const aliasOwner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const page of pages) {
    page.aliases.forEach(({ path, line }, index) => {
      const field = `aliases.${index}`;
      const owner = pageOwner.get(path);
      const record = manifest?.records.get(path);
      let message: string | undefined;
      if (owner === page) message = '这是本条内容自己现在的网址,不用写在 aliases 里';
      else if (owner) message = `这是 ${owner.file} 的网址,不能再跳转到这里`;
      else if (aliasOwner.has(path))
        message = `这个旧网址已经写在 ${aliasOwner.get(path)} 的 aliases 里:一个旧网址只能跳转到一个地方`;
      else if (sections.has(path) || (record && !record.entry && !record.to))
        message = '这个网址现在是网站上的一个栏目页或列表页,不能用作旧网址';
      if (message) problems.push({ file: page.file, line, field, message });
      else aliasOwner.set(path, page.file);
    });
  }
  return problems;
}
