import { site } from '../config/site.ts';
import { getContentIndex } from './entries.ts';
import { getBrandCards } from './brands.ts';
import { getCityTree } from './cities.ts';
import { getNewsCards } from './news.ts';
import { byName, personCard } from './views.ts';

/** The home page: latest news, featured people and brands, the cities. */
export async function getHomePage() {
  const content = await getContentIndex();
  const people = [...content.people.values()].sort(
    (a, b) => Number(b.data.featured) - Number(a.data.featured) || byName(a, b),
  );
  const brands = (await getBrandCards()).sort((a, b) => Number(isFeatured(b.id)) - Number(isFeatured(a.id)));
  function isFeatured(id: string) {
    return content.brands.get(id)?.data.featured ?? false;
  }
  return {
    news: (await getNewsCards()).slice(0, site.home.news),
    people: people.slice(0, site.home.people).map((person) => personCard(person, content)),
    brands: brands.slice(0, site.home.brands),
    cities: await getCityTree(),
  };
}
