import { describe, expect, it } from 'vitest';
import { createFold } from '../../../src/search/core/fold.ts';
import { parseQuery, queryKeys, termText } from '../../../src/search/core/query.ts';
import { termKeys } from '../../../src/search/core/terms.ts';

// A small fold by hand: these tests are about queries, not about OpenCC's tables.
const fold = createFold(
  new Map([
    ['執', '执'],
    ['婦', '妇'],
    ['聯', '联'],
    ['２', '2'],
    ['０', '0'],
    ['３', '3'],
  ]),
);
const syllables = new Set(['ji', 'lin', 'si', 'jie', 'fu', 'lian', 'ai']);
const parse = (query: string) => parseQuery(query, fold, syllables);

describe('parseQuery', () => {
  it('folds what was typed and cuts it into terms the way pages are cut, dropping repeats', () => {
    expect(parse(' 執委 ')?.terms.map(termText)).toEqual(['执委']);
    expect(parse('丁洁清 聊城,聊城')?.terms.map(termText)).toEqual(['丁洁清', '聊城']);
    expect(parse('“婦聯”')?.terms.map(termText)).toEqual(['妇联']);
    expect(parse('「巾帼·家」')?.terms.map(termText)).toEqual(['巾帼家']);
    expect(parse('２０２３ 年')?.terms.map((term) => term.tokens)).toEqual([['2023', '年']]);
  });

  it('gives nothing to search for when only spaces and punctuation were typed', () => {
    expect(parse(' ，。 ')).toBeUndefined();
  });

  it('looks a term up by its pieces: itself up to three tokens, else its pieces of three', () => {
    expect(parse('执委')?.terms[0]?.literal).toEqual(termKeys(['执', '委']));
    expect(parse('吉林四姐')?.terms[0]?.literal).toEqual(termKeys(['吉', '林', '四', '姐']));
    expect(parse('吉林四姐')?.terms[0]?.literal).toHaveLength(2);
  });

  it('reads letters as pinyin when they spell syllables, and as initials when they do not', () => {
    const pinyin = parse('jilinsijie')!.terms[0]!;
    expect(pinyin.pinyin?.syllables).toEqual(['ji', 'lin', 'si', 'jie']);
    expect(pinyin.initials).toBeUndefined();
    const initials = parse('JLSJ')!.terms[0]!;
    expect(initials.pinyin).toBeUndefined();
    expect(initials.initials?.letters).toEqual(['j', 'l', 's', 'j']);
    expect(parse('ai')!.terms[0]!.pinyin?.syllables).toEqual(['ai']);
    expect(parse('执委')!.terms[0]!.pinyin).toBeUndefined();
  });

  it('looks up each key once', () => {
    const query = parse('jilin jilin 执委')!;
    expect(queryKeys(query)).toEqual([...new Set(queryKeys(query))]);
    expect(query.terms).toHaveLength(2);
  });
});
