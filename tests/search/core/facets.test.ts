import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts } from '../../../src/search/core/facets.ts';
import type { FilterSets } from '../../../src/search/model.ts';

// Five pages: a–c news in 吉林 (a, b in 2024), d a brand in 吉林, e news in 聊城.
const sets: FilterSets = {
  city: new Map([
    ['jilin', new Set(['a', 'b', 'c', 'd'])],
    ['liaocheng', new Set(['e'])],
  ]),
  type: new Map([
    ['news', new Set(['a', 'b', 'c', 'e'])],
    ['brand', new Set(['d'])],
  ]),
  year: new Map([
    ['2024', new Set(['a', 'b', 'e'])],
    ['2023', new Set(['c'])],
  ]),
  brand: new Map([['jilin-sijie', new Set(['a', 'd'])]]),
};
const results = ['e', 'a', 'd', 'c'];

describe('applyFilters', () => {
  it('keeps the results every chosen filter lets through, in their order', () => {
    expect(applyFilters(results, sets, {})).toEqual(results);
    expect(applyFilters(results, sets, { city: 'jilin' })).toEqual(['a', 'd', 'c']);
    expect(applyFilters(results, sets, { city: 'jilin', year: '2024' })).toEqual(['a']);
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
    expect(facetCounts(['e'], sets, {}).city.get('jilin')).toBe(0);
  });
});
