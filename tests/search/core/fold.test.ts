import { beforeAll, describe, expect, it } from 'vitest';
import { createFold, formatFoldPairs, parseFoldPairs, type Fold } from '../../../src/search/core/fold.ts';
import { buildFoldMap, buildSearchFold, type SearchFold } from '../../../src/search/build/records/fold-table.ts';

let map: Map<string, string>;
let fold: Fold;
let searchFold: SearchFold;

beforeAll(() => {
  map = buildFoldMap();
  fold = createFold(map);
  searchFold = buildSearchFold();
});

describe('the search fold', () => {
  it('gives simplified and traditional spellings one key', () => {
    expect(fold('執委')).toBe(fold('执委'));
    expect(fold('婦女微家')).toBe('妇女微家');
    expect(fold('吳雲蘋')).toBe('吴云苹');
    expect(fold('宣講團')).toBe('宣讲团');
  });

  it('folds Taiwan-standard variants as well as OpenCC’s own forms', () => {
    // 裡 (Taiwan) and 裏 (OpenCC standard) are both 里; 為 and 爲 both 为.
    expect(fold('裡')).toBe('里');
    expect(fold('裏')).toBe('里');
    expect(fold('為')).toBe(fold('爲'));
  });

  it('merges characters one traditional character stands for, in both scripts', () => {
    // 著 is zhe in Taiwan text and zhu in 著名; as a key it is one character, whichever script typed it.
    expect(fold('看著')).toBe(fold('看着'));
    expect(fold('乾淨')).toBe(fold('干净'));
    expect(fold('頭髮')).toBe(fold('头发'));
  });

  it('reads full-width letters and digits as ASCII, and lowercases', () => {
    expect(fold('ＡＩ培训２０２４')).toBe('ai培训2024');
    expect(fold('AI')).toBe('ai');
  });

  it('keeps one code point per code point, so positions line up with the text', () => {
    const text = '吉林市婦聯「破難行動」見實效：𠀾，ＡＢ';
    expect(Array.from(fold(text))).toHaveLength(Array.from(text).length);
    for (const [from, to] of map) {
      expect(Array.from(from), from).toHaveLength(1);
      expect(Array.from(to), from).toHaveLength(1);
    }
  });

  it('is idempotent: a key folds to itself', () => {
    for (const key of new Set(map.values())) expect(fold(key), key).toBe(key);
    expect(fold('什麼')).toBe(fold(fold('什麼')));
  });

  it('leaves punctuation, spaces and characters without another form alone', () => {
    expect(fold('「吉林四姐」 2024,。')).toBe('「吉林四姐」 2024,。');
  });

  it('folds characters outside the Basic Multilingual Plane, to them and from them, beside any others', () => {
    const own = createFold(
      new Map([
        ['婦', '妇'],
        ['㠣', '𫵷'],
        ['𠁀', '一'],
      ]),
    );
    expect(own('A婦㠣x𠁀𠀀Z')).toBe('a妇𫵷x一𠀀z');
    expect(own('𠀀婦')).toBe('𠀀妇');
    // An unpaired surrogate at the end is left as it is.
    expect(own('婦\ud840')).toBe('妇\ud840');
  });
});

describe('fold pairs', () => {
  it('round-trip through their string form, astral characters included', () => {
    // 㠣 folds to 𫵷, outside the Basic Multilingual Plane: two UTF-16 units, one character.
    const pairs = new Map([
      ['婦', '妇'],
      ['㠣', '𫵷'],
    ]);
    expect(parseFoldPairs(formatFoldPairs(pairs))).toEqual(pairs);
  });

  it('are written in code point order, so a build writes the same table every time', () => {
    expect(
      formatFoldPairs(
        new Map([
          ['聯', '联'],
          ['婦', '妇'],
        ]),
      ),
    ).toBe('婦妇聯联');
  });

  it('reject a string with a character left over', () => {
    expect(() => parseFoldPairs('婦妇聯')).toThrow(/even/);
  });

  it('cover, for a site, the characters whose key occurs in its text and no others', () => {
    const pairs = parseFoldPairs(searchFold.pairsFor([searchFold.fold('執委婦聯')]));
    // A simplified query folds the same with or without a table entry; traditional ones need theirs.
    expect(pairs.get('執')).toBe('执');
    expect(pairs.get('婦')).toBe('妇');
    expect(pairs.get('聯')).toBe('联');
    expect(pairs.has('頭')).toBe(false);
    for (const key of pairs.values()) expect('执委妇联').toContain(key);
  });

  it('fold a query in the browser exactly as the full table folds it, for the site’s characters', () => {
    const text = '秦州區婦聯召開第八次婦女代表大會，執委們走進社區。';
    const browserFold = createFold(parseFoldPairs(searchFold.pairsFor([searchFold.fold(text)])));
    expect(browserFold('秦州区妇联 執委 婦女代表')).toBe(searchFold.fold('秦州区妇联 執委 婦女代表'));
    expect(browserFold(text)).toBe(searchFold.fold(text));
  });
});
