import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts } from '../../../src/search/core/facets.ts';
import type { FilterSets } from '../../../src/search/model.ts';

// Five pages: 0–2 news in 吉林 (0, 1 in 2024), 3 a brand in 吉林, 4 news in 聊城.
const sets: FilterSets = {
  city: new Map([
    ['jilin', new Set([0, 1, 2, 3])],
    ['liaocheng', new Set([4])],
  ]),
  type: new Map([
    ['news', new Set([0, 1, 2, 4])],
    ['brand', new Set([3])],
  ]),
  year: new Map([
    ['2024', new Set([0, 1, 4])],
    ['2023', new Set([2])],
  ]),
  brand: new Map([['jilin-sijie', new Set([0, 3])]]),
};
const results = [4, 0, 3, 2];

describe('applyFilters', () => {
  it('keeps the results every chosen filter lets through, in their order', () => {
    expect(applyFilters(results, sets, {})).toEqual(results);
    expect(applyFilters(results, sets, { city: 'jilin' })).toEqual([0, 3, 2]);
    expect(applyFilters(results, sets, { city: 'jilin', year: '2024' })).toEqual([0]);
  });

  it('lets nothing through for a value no page has', () => {
    expect(applyFilters(results, sets, { city: 'nowhere' })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts, for each choice, the results it would leave', () => {
    const counts = facetCounts(results, sets, {});
    expect([...counts.city]).toEqual([
      ['jilin', 3],
      ['liaocheng', 1],
    ]);
    expect([...counts.type]).toEqual([
      ['news', 3],
      ['brand', 1],
    ]);
    expect(counts.brand.get('jilin-sijie')).toBe(2);
  });

  it('counts a filter’s own choices as if it were not chosen, and the other filters as they are', () => {
    const counts = facetCounts(results, sets, { city: 'jilin', type: 'news' });
    // Another city stays countable while 吉林 is chosen …
    expect(counts.city.get('liaocheng')).toBe(1);
    expect(counts.city.get('jilin')).toBe(2);
    // … and the other filters count only news in 吉林.
    expect([...counts.year]).toEqual([
      ['2024', 1],
      ['2023', 1],
    ]);
    expect(counts.type.get('brand')).toBe(1);
  });

  it('counts only the results it is given', () => {
    expect(facetCounts([4], sets, {}).city.get('jilin')).toBe(0);
  });
});
