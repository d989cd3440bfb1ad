import { describe, expect, it } from 'vitest';
import { createFold } from '../../../src/search/core/fold.ts';
import { suggestNames } from '../../../src/search/core/suggest.ts';
import type { Suggestions } from '../../../src/search/model.ts';

const fold = createFold(new Map([['樂', '乐']]));
const suggestions: Suggestions = {
  names: [
    { title: '吉林四姐', url: '/brands/jilin-sijie/', kind: 'brand', sounds: 'ji lin si jie' },
    { title: '吉林樂姐', url: '/brands/jilin-lejie/', kind: 'brand', sounds: 'ji lin le jie' },
    { title: '方淑玲', url: '/people/fang-shuling/', kind: 'person', sounds: 'fang shu ling' },
  ],
  homophones: {
    ji: '吉机',
    lin: '林临',
    si: '四思',
    jie: '姐街接',
    le: '乐勒',
    fang: '方芳',
    shu: '淑书',
    ling: '玲铃',
  },
};
const syllables = new Set(['ji', 'lin', 'si', 'jie', 'le', 'fang', 'shu', 'ling']);
const titles = (query: string) => suggestNames(query, fold, suggestions, syllables).map((name) => name.title);

describe('suggestNames', () => {
  it('offers a name one character off what was typed', () => {
    expect(titles('吉林四妹')).toEqual(['吉林四姐']);
    expect(titles('方淑')).toEqual(['方淑玲']);
  });

  it('offers a name that reads the same first', () => {
    expect(titles('吉林四街')[0]).toBe('吉林四姐');
    expect(titles('方书铃')).toEqual(['方淑玲']);
  });

  it('offers a name whose pinyin is one letter off typed pinyin', () => {
    expect(titles('jilinsijei')).toEqual([]);
    expect(titles('jilinsjie')).toEqual(['吉林四姐']);
  });

  it('offers nothing for the name itself or for what is nothing like a name', () => {
    expect(titles('吉林四姐')).not.toContain('吉林四姐');
    expect(titles('柠檬汽水')).toEqual([]);
    expect(titles('')).toEqual([]);
  });
});
