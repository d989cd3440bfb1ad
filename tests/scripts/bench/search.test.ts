import { describe, expect, it } from 'vitest';
import { medianFigures, transferKind, type SearchFigures } from '../../../scripts/lib/bench/search.ts';

describe('transferKind', () => {
  it('tells the page, its script, the index and what the results show apart', () => {
    const at = (path: string) => transferKind(`http://127.0.0.1:4321${path}`);
    expect(at('/search/?q=%E6%89%A7%E5%A7%94')).toBe('page');
    expect(at('/_astro/BaseLayout.abc.css')).toBe('page');
    expect(at('/_astro/search.astro_astro_type_script_index_0_lang.abc.js')).toBe('searchCode');
    expect(at('/search-index/meta.json')).toBe('index');
    expect(at('/search-index/0123456789ab/pages.bin')).toBe('index');
    expect(at('/search-index/0123456789ab/terms/1f.bin')).toBe('index');
    expect(at('/search-index/0123456789ab/suggest.json')).toBe('index');
    expect(at('/search-index/0123456789ab/records/0.bin')).toBe('results');
  });
});

function figures(time: number): SearchFigures {
  return {
    query: '执委',
    secondQuery: '妇女微家',
    firstSearchBytes: 100_000,
    secondSearchBytes: 2048,
    timeToResultsMs: time,
    secondTimeToResultsMs: time / 10,
    firstSearchBytesByKind: { page: 10_240, searchCode: 51_200, index: 30_720, results: 7_840 },
    requests: { first: 20, second: 3 },
    more: { requests: 1, bytes: time * 10 },
    results: { first: 14, second: 5 },
  };
}

describe('medianFigures', () => {
  it('takes the median of each figure over repeated measurements', () => {
    const median = medianFigures([figures(900), figures(300), figures(500)]);
    expect(median.timeToResultsMs).toBe(500);
    expect(median.secondTimeToResultsMs).toBe(50);
    expect(median.firstSearchBytes).toBe(100_000);
    expect(median.more).toEqual({ requests: 1, bytes: 5000 });
    expect(medianFigures([figures(400), figures(600)]).timeToResultsMs).toBe(500);
    // A measurement without the button (too few results) leaves "more" out rather than counting it as free.
    const { more: _, ...withoutMore } = figures(700);
    expect(medianFigures([figures(300), withoutMore]).more).toBeUndefined();
  });

  it('refuses to summarise nothing', () => {
    expect(() => medianFigures([])).toThrow(/no search measurements/);
  });
});
