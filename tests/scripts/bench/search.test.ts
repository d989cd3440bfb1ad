import { describe, expect, it } from 'vitest';
import { medianFigures, transferKind, type SearchFigures } from '../../../scripts/lib/bench/search.ts';

describe('transferKind', () => {
  it('tells the page, Pagefind’s code, the index and the records of results apart', () => {
    const at = (path: string) => transferKind(`http://127.0.0.1:4321${path}`);
    expect(at('/search/?q=%E6%89%A7%E5%A7%94')).toBe('page');
    expect(at('/_astro/search.astro_astro_type_script_index_0_lang.abc.js')).toBe('page');
    expect(at('/pagefind/pagefind.js')).toBe('searchCode');
    expect(at('/pagefind/pagefind-worker.js')).toBe('searchCode');
    expect(at('/pagefind/wasm.unknown.pagefind')).toBe('searchCode');
    expect(at('/pagefind/pagefind.und_1055bf5654e.pf_meta')).toBe('index');
    expect(at('/pagefind/index/und_58ac18f.pf_index')).toBe('index');
    expect(at('/pagefind/filter/und_10d3c3b.pf_filter')).toBe('index');
    expect(at('/pagefind/fold.json')).toBe('index');
    expect(at('/pagefind/records/und_b4f1779.json')).toBe('results');
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
    results: { first: 14, second: 5 },
  };
}

describe('medianFigures', () => {
  it('takes the median of each figure over repeated measurements', () => {
    const median = medianFigures([figures(900), figures(300), figures(500)]);
    expect(median.timeToResultsMs).toBe(500);
    expect(median.secondTimeToResultsMs).toBe(50);
    expect(median.firstSearchBytes).toBe(100_000);
    expect(medianFigures([figures(400), figures(600)]).timeToResultsMs).toBe(500);
  });

  it('refuses to summarise nothing', () => {
    expect(() => medianFigures([])).toThrow(/no search measurements/);
  });
});
