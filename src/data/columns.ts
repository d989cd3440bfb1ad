import { site } from '../config/site.ts';
import { paginate } from '../lib/pagination.ts';
import { paths } from '../lib/urls.ts';
import { getContentIndex, resolve, scriptOf } from './entries.ts';
import { searchFiling } from './search.ts';
import { byName, newsCard, personCard } from './views.ts';

/** Each column with its entries, newest first (paginated), and the people it profiled. */
export async function getColumnPages() {
  const content = await getContentIndex();
  return [...content.columns.values()].flatMap((column) => {
    const section = {
      column,
      lang: scriptOf(column, content.cities),
      city: {
        id: column.data.city.id,
        name: resolve(content.cities, column.data.city).data.name,
        url: paths.city(column.data.city.id),
      },
      people: [...content.people.values()]
        .filter((person) => person.data.columns.some((ref) => ref.id === column.id))
        .sort(byName)
        .map((person) => personCard(person, content)),
      search: searchFiling(content, { city: column.data.city.id }),
    };
    const entries = content.news.filter((entry) => entry.data.column?.id === column.id);
    return paginate(
      entries.map((entry) => newsCard(entry, content)),
      paths.column(column.id),
      site.pageSize,
    ).map(({ param, page }) => ({ params: { column: column.id, page: param }, props: { ...section, page } }));
  });
}
