import { describe, expect, it } from 'vitest';
import { transferKind } from '../../../scripts/lib/bench/search.ts';

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
    expect(at('/search-index/0123456789ab/heads/3.json')).toBe('results');
    expect(at('/search-index/0123456789ab/text/news-2024/12.txt')).toBe('results');
  });
});
