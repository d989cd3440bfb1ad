import { describe, expect, it } from 'vitest';
import { createFold } from '../../../src/search/core/fold.ts';
import { containsTerms, keepExact, parseQuery } from '../../../src/search/core/query.ts';

// A small fold by hand: these tests are about queries, not about OpenCC's tables.
const fold = createFold(
  new Map([
    ['執', '执'],
    ['婦', '妇'],
    ['聯', '联'],
  ]),
);

describe('parseQuery', () => {
  it('folds what was typed to the index’s script and splits it at spaces and punctuation, dropping repeats', () => {
    expect(parseQuery(' 執委 ', fold)?.terms).toEqual(['执委']);
    expect(parseQuery('丁洁清 聊城,聊城', fold)?.terms).toEqual(['丁洁清', '聊城']);
    expect(parseQuery('“婦聯”', fold)?.terms).toEqual(['妇联']);
    expect(
      parseQuery(
        'ＳＯＳ',
        createFold(
          new Map([
            ['Ｓ', 's'],
            ['Ｏ', 'o'],
          ]),
        ),
      )?.terms,
    ).toEqual(['sos']);
  });

  it('gives nothing to search for when only spaces and punctuation were typed', () => {
    expect(parseQuery(' ，。 ', fold)).toBeUndefined();
  });

  it('ranks by every word of every term, and asks for the exact phrase of each longer term', () => {
    expect(parseQuery('吉林四姐', fold)).toEqual({
      terms: ['吉林四姐'],
      ranked: '吉林 林四 四姐',
      phrases: ['"吉林 林四 四姐"'],
      loose: false,
    });
    expect(parseQuery('妇联 家', fold)).toEqual({
      terms: ['妇联', '家'],
      ranked: '妇联 家',
      phrases: [],
      loose: false,
    });
  });

  it('marks a query Pagefind cannot say exactly', () => {
    expect(parseQuery('2023年 妇联', fold)?.loose).toBe(true);
  });
});

describe('keepExact', () => {
  const ranked = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('keeps the ranked results every exact search found, in ranked order', () => {
    expect(
      keepExact(ranked, [
        [{ id: 'd' }, { id: 'b' }, { id: 'c' }],
        [{ id: 'c' }, { id: 'b' }],
      ]),
    ).toEqual([{ id: 'b' }, { id: 'c' }]);
  });

  it('keeps every ranked result when no term needs an exact search', () => {
    expect(keepExact(ranked, [])).toEqual(ranked);
  });

  it('adds nothing the ranked search did not find', () => {
    expect(keepExact([{ id: 'a' }], [[{ id: 'a' }, { id: 'z' }]])).toEqual([{ id: 'a' }]);
  });
});

describe('containsTerms', () => {
  it('is true only when every term stands whole in the folded text', () => {
    expect(containsTerms('吉林四姐培训', ['吉林四姐', '培训'])).toBe(true);
    expect(containsTerms('吉林市的四位大姐', ['吉林四姐'])).toBe(false);
    expect(containsTerms('妇女与联合国', ['妇联'])).toBe(false);
  });
});
