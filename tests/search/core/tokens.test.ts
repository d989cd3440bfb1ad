import { describe, expect, it } from 'vitest';
import { BREAK, indexWords, termWords } from '../../../src/search/core/tokens.ts';

/** Where a term's phrase occurs in a text's words, as Pagefind's exact search looks for it: consecutive words. */
function phraseAt(text: string, term: string): boolean {
  const words = indexWords(text).split(' ');
  const { words: termList, phrase } = termWords(term);
  const wanted = phrase ?? termList;
  return words.some((_, start) =>
    wanted.every((word, offset) =>
      offset === wanted.length - 1 && !phrase
        ? words[start + offset]?.startsWith(word)
        : words[start + offset] === word,
    ),
  );
}

describe('indexWords', () => {
  it('writes a run of Han characters as its overlapping pairs, closed by its last character', () => {
    expect(indexWords('妇女微家')).toBe('妇女 女微 微家 家');
    expect(indexWords('家')).toBe('家');
  });

  it('keeps anything else whole, beside the runs it separates', () => {
    expect(indexWords('建成10个')).toBe('建成 成 10 个');
    expect(indexWords('第3.8期')).toBe('第 3.8 期');
  });

  it('writes nothing for spaces, line breaks and punctuation between Han runs: no pair reaches across them', () => {
    expect(indexWords('妇联，执委')).toBe('妇联 联 执委 委');
    expect(indexWords('妇联 执委\n「巾帼」。')).toBe('妇联 联 执委 委 巾帼 帼');
    expect(indexWords('  巾帼  ')).toBe('巾帼 帼');
    expect(phraseAt('妇联，执委', '联执')).toBe(false);
    expect(phraseAt('妇联，执委', '妇联执委')).toBe(false);
  });

  it('marks a space or punctuation beside anything not Han with a word that cannot match, so no phrase reaches across', () => {
    expect(indexWords('组织 5 个')).toBe(`组织 织 ${BREAK} 5 ${BREAK} 个`);
    expect(indexWords('今年 2023\nab cd')).toBe(`今年 年 ${BREAK} 2023 ${BREAK} ab ${BREAK} cd`);
    expect(indexWords('2023 年，今年')).toBe(`2023 ${BREAK} 年 今年 年`);
    expect(phraseAt('今年 2023', '今年2023')).toBe(false);
    expect(phraseAt('今年2023', '今年2023')).toBe(true);
  });

  it('starts a word with every character of a run, so that one character is found wherever it stands', () => {
    const words = indexWords('妇女微家遍布城乡').split(' ');
    for (const char of '妇女微家遍布城乡')
      expect(
        words.some((word) => word.startsWith(char)),
        char,
      ).toBe(true);
  });

  it('counts characters beyond the Basic Multilingual Plane as one each', () => {
    expect(indexWords('𫵷家')).toBe('𫵷家 家');
    expect(indexWords('a𫵷家𠀀b')).toBe('a 𫵷家 家𠀀 𠀀 b');
    expect(indexWords('家𫵷')).toBe('家𫵷 𫵷');
  });

  it('takes any Unicode space for a space, the ideographic one included', () => {
    expect(indexWords('妇联\u3000执委')).toBe('妇联 联 执委 委');
    expect(indexWords('ab\u3000cd\u00a0ef')).toBe(`ab ${BREAK} cd ${BREAK} ef`);
  });

  it('writes nothing for a text of spaces and punctuation only', () => {
    expect(indexWords('')).toBe('');
    expect(indexWords(' ，。\n ')).toBe('');
  });
});

describe('termWords', () => {
  it('asks for a one-character term as one word that a longer word may start with', () => {
    expect(termWords('家')).toEqual({ words: ['家'], loose: false });
  });

  it('asks for a two-character term as one pair, which no other pair starts with', () => {
    expect(termWords('微家')).toEqual({ words: ['微家'], loose: false });
  });

  it('asks for a longer term as its pairs in a row, without closing it: the text may go on', () => {
    expect(termWords('吉林四姐')).toEqual({
      words: ['吉林', '林四', '四姐'],
      phrase: ['吉林', '林四', '四姐'],
      loose: false,
    });
  });

  it('closes a Han run that something else follows in the term, as the index does', () => {
    expect(termWords('今年2023')).toEqual({
      words: ['今年', '年', '2023'],
      phrase: ['今年', '年', '2023'],
      loose: false,
    });
  });

  it('says so when a single character ends a mixed term, which an exact search cannot hold', () => {
    expect(termWords('2023年')).toEqual({ words: ['2023', '年'], loose: true });
    expect(termWords('f2区划')).toEqual({ words: ['f2', '区划'], phrase: ['f2', '区划'], loose: false });
  });

  it('finds a term inside a longer run, and never where its characters stand apart', () => {
    expect(phraseAt('全市建成妇女微家一百个', '微家')).toBe(true);
    expect(phraseAt('全市建成妇女微家一百个', '妇女微家')).toBe(true);
    expect(phraseAt('吉林市的四位大姐', '吉林四姐')).toBe(false);
    expect(phraseAt('妇女代表参加联合国会议', '妇联')).toBe(false);
    expect(phraseAt('妇联 执委', '联执')).toBe(false);
    expect(phraseAt('六盘水城巾帼美行动', '城巾帼')).toBe(true);
  });
});
