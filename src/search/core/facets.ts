/**
 * Filters on search results, and how many results each choice would leave.
 *
 * The counts are worked out here, on the results the page actually shows
 * (exact matches only), rather than taken from Pagefind, whose counts are
 * over everything its ranked search found. Each filter is one choice at a
 * time; the count beside a choice is what the results would be with that
 * choice and the other filters as they are.
 */
import { filterKeys, type ActiveFilters, type FilterKey, type FilterSets } from '../model.ts';

function passes(id: number, sets: FilterSets, active: ActiveFilters, except?: FilterKey): boolean {
  return filterKeys.every((key) => {
    const value = active[key];
    return key === except || value === undefined || (sets[key].get(value)?.has(id) ?? false);
  });
}

/** The results that every active filter lets through, in their order. */
export function applyFilters(ids: readonly number[], sets: FilterSets, active: ActiveFilters): number[] {
  return ids.filter((id) => passes(id, sets, active));
}

/** For each filter and value, how many results choosing that value would leave. */
export function facetCounts(
  ids: readonly number[],
  sets: FilterSets,
  active: ActiveFilters,
): Record<FilterKey, Map<string, number>> {
  const counts = Object.fromEntries(filterKeys.map((key) => [key, new Map<string, number>()])) as Record<
    FilterKey,
    Map<string, number>
  >;
  for (const key of filterKeys) {
    const candidates = ids.filter((id) => passes(id, sets, active, key));
    for (const [value, members] of sets[key]) {
      counts[key].set(value, candidates.filter((id) => members.has(id)).length);
    }
  }
  return counts;
}
