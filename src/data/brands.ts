import { site } from '../config/site.ts';
import { paginate } from '../lib/pagination.ts';
import { paths } from '../lib/urls.ts';
import { getContentIndex, resolve, scriptOf } from './entries.ts';
import { searchFiling } from './search.ts';
import { shortPath } from './short-links.ts';
import { brandCard, byBrandOrder, byName, newsCard, personCard } from './views.ts';

/** All brands, umbrella brands first, then by name. */
export async function getBrandCards() {
  const content = await getContentIndex();
  return [...content.brands.values()].sort(byBrandOrder).map((brand) => brandCard(brand, content));
}

export async function getBrandIndexPages() {
  return paginate(await getBrandCards(), paths.brands(), site.pageSize * 2);
}

/** Each brand with its sub-brands, its representatives and the news about it (paginated). */
export async function getBrandPages() {
  const content = await getContentIndex();
  const brands = [...content.brands.values()];
  return brands.flatMap((brand) => {
    const parent = brand.data.parent ? resolve(content.brands, brand.data.parent) : undefined;
    const section = {
      brand,
      short: shortPath(brand),
      lang: scriptOf(brand, content.cities),
      city: {
        id: brand.data.city.id,
        name: resolve(content.cities, brand.data.city).data.name,
        url: paths.city(brand.data.city.id),
      },
      parent: parent ? { name: parent.data.name, url: paths.brand(parent.id) } : undefined,
      subBrands: brands
        .filter((candidate) => candidate.data.parent?.id === brand.id)
        .sort(byName)
        .map((sub) => brandCard(sub, content)),
      people: [...content.people.values()]
        .filter((person) => person.data.brands.some((ref) => ref.id === brand.id))
        .sort(byName)
        .map((person) => personCard(person, content)),
      search: searchFiling(content, { city: brand.data.city.id, brands: [brand.id] }),
    };
    const news = content.news.filter((entry) => entry.data.brands.some((ref) => ref.id === brand.id));
    return paginate(
      news.map((entry) => newsCard(entry, content)),
      paths.brand(brand.id),
      site.pageSize,
    ).map(({ param, page }) => ({ params: { brand: brand.id, page: param }, props: { ...section, page } }));
  });
}
