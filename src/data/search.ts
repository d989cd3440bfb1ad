import { shanghaiYear } from '../lib/dates.ts';
import { recordKinds, type RecordKind } from '../search/model.ts';
import { getContentIndex, type ContentIndex } from './entries.ts';
import { byAdminCode, byBrandOrder } from './views.ts';

/** What an entry is filed under in the search filters. */
export interface SearchFiling {
  /** The entry's city and the cities above it: 秦州区 is also found under 天水市. */
  cities: string[];
  /** The brands the entry is, or is about, with their umbrella brands. */
  brands: string[];
}

function withAncestors(start: string[], parentOf: (id: string) => string | undefined): string[] {
  const ids: string[] = [];
  for (const id of start) {
    for (let current: string | undefined = id; current && !ids.includes(current); current = parentOf(current)) {
      ids.push(current);
    }
  }
  return ids;
}

export function searchFiling(content: ContentIndex, { city, brands = [] }: { city: string; brands?: string[] }) {
  return {
    cities: withAncestors([city], (id) => content.cities.get(id)?.data.parent?.id),
    brands: withAncestors(brands, (id) => content.brands.get(id)?.data.parent?.id),
  } satisfies SearchFiling;
}

export interface SearchOption {
  value: string;
  label: string;
}

/** The choices of every search filter, in the order the search page lists them. */
export interface SearchFilterOptions {
  city: SearchOption[];
  type: { value: RecordKind }[];
  year: SearchOption[];
  brand: SearchOption[];
}

/** Cities in administrative-code order, brands umbrella first, years newest first: as the site lists them. */
export async function getSearchFilterOptions(): Promise<SearchFilterOptions> {
  const content = await getContentIndex();
  const years = [...new Set(content.news.map((entry) => shanghaiYear(entry.data.date)))].sort((a, b) => b - a);
  return {
    city: [...content.cities.values()].sort(byAdminCode).map((city) => ({ value: city.id, label: city.data.name })),
    type: recordKinds.map((kind) => ({ value: kind })),
    year: years.map((year) => ({ value: String(year), label: String(year) })),
    brand: [...content.brands.values()]
      .sort(byBrandOrder)
      .map((brand) => ({ value: brand.id, label: brand.data.name })),
  };
}
