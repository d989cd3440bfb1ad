import { site } from '../config/site.ts';
import { paginate } from '../lib/pagination.ts';
import { paths } from '../lib/urls.ts';
import { getContentIndex, type City } from './entries.ts';
import { searchFiling } from './search.ts';
import {
  brandCard,
  byAdminCode,
  byBrandOrder,
  byName,
  cityCard,
  newsCard,
  personCard,
  type CityCardView,
} from './views.ts';

/** Top-level cities in administrative-code order, each with its districts. */
export async function getCityTree(): Promise<CityCardView[]> {
  const content = await getContentIndex();
  return [...content.cities.values()]
    .filter((city) => !city.data.parent)
    .sort(byAdminCode)
    .map((city) => cityCard(city, content));
}

/** Everything a city page shows: the section's brands, people, columns and its paginated news. */
export async function getCitySection(slug: string) {
  const content = await getContentIndex();
  const city = content.cities.get(slug);
  if (!city) throw new Error(`No city ${slug}`);
  const inCity = (entry: { data: { city: { id: string } } }) => entry.data.city.id === slug;
  const parent = city.data.parent ? content.cities.get(city.data.parent.id) : undefined;
  return {
    city,
    card: cityCard(city, content),
    parent: parent ? { name: parent.data.name, url: paths.city(parent.id) } : undefined,
    search: searchFiling(content, { city: city.id }),
    brands: [...content.brands.values()]
      .filter(inCity)
      .sort(byBrandOrder)
      .map((brand) => brandCard(brand, content)),
    people: [...content.people.values()]
      .filter(inCity)
      .sort(byName)
      .map((person) => personCard(person, content)),
    columns: [...content.columns.values()]
      .filter(inCity)
      .sort(byName)
      .map((column) => ({ name: column.data.name, url: paths.column(column.id), summary: column.data.summary })),
    newsPages: paginate(
      content.news.filter(inCity).map((entry) => newsCard(entry, content)),
      paths.city(slug),
      site.pageSize,
    ),
  };
}

/** One route per page of every city's news list. */
export async function getCityPages() {
  const content = await getContentIndex();
  const cities: City[] = [...content.cities.values()];
  const sections = await Promise.all(cities.map((city) => getCitySection(city.id)));
  return sections.flatMap(({ newsPages, ...section }) =>
    newsPages.map(({ param, page }) => ({
      params: { city: section.city.id, page: param },
      props: { ...section, page },
    })),
  );
}
