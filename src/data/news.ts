import { site } from '../config/site.ts';
import { shanghaiYear } from '../lib/dates.ts';
import { paginate } from '../lib/pagination.ts';
import { paths } from '../lib/urls.ts';
import { getContentIndex, resolve, scriptOf, stateOf, type News } from './entries.ts';
import { searchFiling } from './search.ts';
import { shortPath } from './short-links.ts';
import { brandCard, newsCard, personCard, type NewsCardView } from './views.ts';

/** Published news, newest first: drafts stay out of production builds. */
export async function getPublishedNews(): Promise<News[]> {
  return (await getContentIndex()).news;
}

export async function getNewsCards(items?: News[]): Promise<NewsCardView[]> {
  const content = await getContentIndex();
  return (items ?? content.news).map((entry) => newsCard(entry, content));
}

/** `/news/`, `/news/page/2/`, … */
export async function getNewsIndexPages() {
  return paginate(await getNewsCards(), paths.newsIndex(), site.pageSize);
}

export interface NewsYear {
  year: number;
  url: string;
}

/**
 * Years that have news, newest first. Only what the archive links show: every list page carries these in its props,
 * and so in its cache key; with each year's count in them, one new article re-rendered every year's archive pages.
 */
export async function getNewsYears(): Promise<NewsYear[]> {
  const years = new Set<number>();
  for (const entry of await getPublishedNews()) years.add(shanghaiYear(entry.data.date));
  return [...years].sort((a, b) => b - a).map((year) => ({ year, url: paths.newsYear(year) }));
}

/** `/news/2024/`, `/news/2024/page/2/`, … for every year with news. */
export async function getNewsYearPages() {
  const cards = await getNewsCards();
  const years = await getNewsYears();
  return years.flatMap(({ year }) =>
    paginate(
      cards.filter((card) => shanghaiYear(card.date) === year),
      paths.newsYear(year),
      site.pageSize,
    ).map((route) => ({ ...route, year })),
  );
}

/** Everything an article page shows, for every published item. */
export async function getNewsArticles() {
  const content = await getContentIndex();
  return content.news.map((entry, position) => {
    const city = resolve(content.cities, entry.data.city);
    const newer = content.news[position - 1];
    const older = content.news[position + 1];
    const [year = '', slug = ''] = entry.id.split('/');
    return {
      params: { year, slug },
      entry,
      /** Drafts and future-dated items reach a page only in `astro dev`, where a banner says so. */
      state: stateOf(entry),
      short: shortPath(entry),
      lang: scriptOf(entry, content.cities),
      city: { id: city.id, name: city.data.name, url: paths.city(city.id), federation: city.data.federation },
      brands: entry.data.brands.map((ref) => brandCard(resolve(content.brands, ref), content)),
      people: entry.data.people.map((ref) => personCard(resolve(content.people, ref), content)),
      column: entry.data.column
        ? { name: resolve(content.columns, entry.data.column).data.name, url: paths.column(entry.data.column.id) }
        : undefined,
      newer: newer ? newsCard(newer, content) : undefined,
      older: older ? newsCard(older, content) : undefined,
      search: searchFiling(content, { city: city.id, brands: entry.data.brands.map((ref) => ref.id) }),
    };
  });
}

export type NewsArticle = Awaited<ReturnType<typeof getNewsArticles>>[number];
