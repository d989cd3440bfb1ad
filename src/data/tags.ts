import { site } from '../config/site.ts';
import { findPersonalData } from '../safety/personal-data.ts';
import { paginate } from '../lib/pagination.ts';
import { toSimplified } from '../lib/script.ts';
import { paths, tagSlug } from '../lib/urls.ts';
import { getContentIndex, type News } from './entries.ts';
import { newsCard } from './views.ts';

export interface TagGroup {
  slug: string;
  /** The simplified spelling: 執委 and 执委 are one tag. */
  label: string;
  url: string;
  items: News[];
}

/** Tags merged across scripts, most used first. */
export async function getTags(): Promise<TagGroup[]> {
  const content = await getContentIndex();
  const groups = new Map<string, TagGroup>();
  for (const entry of content.news) {
    for (const tag of new Set(entry.data.tags.map(toSimplified))) {
      // A personal number is never a page of its own, even where the checker was not heard (it refuses such a tag).
      if (findPersonalData(tag).length > 0) continue;
      const slug = tagSlug(tag);
      const group = groups.get(slug) ?? { slug, label: tag, url: paths.tag(tag), items: [] };
      group.items.push(entry);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label, 'zh-Hans-CN-u-co-pinyin'),
  );
}

/** `/tags/`: every tag with how many items carry it. */
export async function getTagIndexPages() {
  const chips = (await getTags()).map(({ label, url, items }) => ({ label, url, count: items.length }));
  return paginate(chips, paths.tags(), site.pageSize * 10);
}

export async function getTagPages() {
  const content = await getContentIndex();
  return (await getTags()).flatMap((tag) =>
    paginate(
      tag.items.map((entry) => newsCard(entry, content)),
      tag.url,
      site.pageSize,
    ).map(({ param, page }) => ({
      params: { tag: tag.slug, page: param },
      props: { tag: { label: tag.label, count: tag.items.length }, page },
    })),
  );
}
