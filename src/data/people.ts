import { site } from '../config/site.ts';
import { paginate } from '../lib/pagination.ts';
import { paths } from '../lib/urls.ts';
import { getContentIndex, resolve, scriptOf } from './entries.ts';
import { searchFiling } from './search.ts';
import { shortPath } from './short-links.ts';
import { byName, newsCard, personCard } from './views.ts';

export async function getPeopleIndexPages() {
  const content = await getContentIndex();
  const cards = [...content.people.values()].sort(byName).map((person) => personCard(person, content));
  return paginate(cards, paths.people(), site.pageSize * 2);
}

/** Each person's profile with the news that mention them (paginated). */
export async function getPersonPages() {
  const content = await getContentIndex();
  return [...content.people.values()].flatMap((person) => {
    const section = {
      person,
      short: shortPath(person),
      lang: scriptOf(person, content.cities),
      city: {
        id: person.data.city.id,
        name: resolve(content.cities, person.data.city).data.name,
        url: paths.city(person.data.city.id),
      },
      brands: person.data.brands.map((ref) => {
        const brand = resolve(content.brands, ref);
        return { name: brand.data.name, url: paths.brand(brand.id) };
      }),
      columns: person.data.columns.map((ref) => {
        const column = resolve(content.columns, ref);
        return { name: column.data.name, url: paths.column(column.id) };
      }),
      search: searchFiling(content, {
        city: person.data.city.id,
        brands: person.data.brands.map((ref) => ref.id),
      }),
    };
    const news = content.news.filter((entry) => entry.data.people.some((ref) => ref.id === person.id));
    return paginate(
      news.map((entry) => newsCard(entry, content)),
      paths.person(person.id),
      site.pageSize,
    ).map(({ param, page }) => ({ params: { person: person.id, page: param }, props: { ...section, page } }));
  });
}
