import { describe, expect, it } from 'vitest';
import { tokenRuns, tokenSpans } from '../../../src/search/core/tokens.ts';

/** Runs written as text: tokens joined by `.`, runs by ` | `. */
function cut(text: string, fast = false): string {
  return tokenRuns(text, fast)
    .map((run) => run.join('.'))
    .join(' | ');
}

describe('tokenRuns', () => {
  it('makes every Han character a token and keeps a run of them together', () => {
    expect(cut('妇女微家')).toBe('妇.女.微.家');
  });

  it('joins what quotation marks, book-title marks, middle dots and the enumeration comma stand between', () => {
    expect(cut('巾帼·家')).toBe('巾.帼.家');
    expect(cut('「巾帼·家」')).toBe('巾.帼.家');
    expect(cut('巾帼“聊”亮')).toBe('巾.帼.聊.亮');
    expect(cut('《巾帼 · 家》')).toBe('巾.帼.家');
    expect(cut('吉林大姐、吉林巧姐')).toBe('吉.林.大.姐.吉.林.巧.姐');
  });

  it('ends a run at any other punctuation and at a space between two Han characters', () => {
    expect(cut('巾帼，家庭')).toBe('巾.帼 | 家.庭');
    expect(cut('巾帼。家')).toBe('巾.帼 | 家');
    expect(cut('巾帼 家')).toBe('巾.帼 | 家');
    expect(cut('巾帼（家）')).toBe('巾.帼 | 家');
    expect(cut('巾帼，“家”')).toBe('巾.帼 | 家');
  });

  it('joins a number to the Han character beside it across a space, and nothing else', () => {
    expect(cut('2023 年')).toBe('2023.年');
    expect(cut('2023年')).toBe('2023.年');
    expect(cut('培育女性品牌 50 个')).toBe('培.育.女.性.品.牌.50.个');
    expect(cut('妇联 ai 课堂')).toBe('妇.联 | ai | 课.堂');
    expect(cut('妇联ai课堂')).toBe('妇.联.ai.课.堂');
    expect(cut('ai model')).toBe('ai | model');
    expect(cut('5g 网络')).toBe('5g.网.络');
  });

  it('keeps decimal points and middle dots inside numbers, and leaves thousands separators out', () => {
    expect(cut('12.5万元')).toBe('12.5.万.元');
    expect(cut('2.3万')).toBe('2.3.万');
    expect(cut('3·8国际劳动妇女节')).toBe('3·8.国.际.劳.动.妇.女.节');
    expect(cut('1,234人')).toBe('1234.人');
    expect(cut('1,234,567')).toBe('1234567');
    expect(cut('1,23人')).toBe('1 | 23.人');
    expect(cut('共3.5.')).toBe('共.3.5');
  });

  it('makes a percent or currency sign a token of its own, beside its number', () => {
    expect(cut('100%')).toBe('100.%');
    expect(cut('覆盖率100%以上')).toBe('覆.盖.率.100.%.以.上');
    expect(cut('¥20')).toBe('¥.20');
    expect(cut('100 %')).toBe('100 | %');
  });

  it('takes any Unicode space for a space, and counts characters beyond the BMP as one', () => {
    expect(cut('巾帼\u3000家')).toBe('巾.帼 | 家');
    expect(cut('𫵷家')).toBe('𫵷.家');
  });

  it('cuts the same way with the build’s table of classes as without it', () => {
    const text = '「吉林四姐」兩年培訓婦女 3,000 餘名，覆蓋率 12.5%；3·8 節 AI 課堂、巾帼“聊”亮 𫵷家';
    expect(cut(text, true)).toBe(cut(text));
  });
});

describe('tokenSpans', () => {
  it('tells where each token stands, so a match can be marked across the marks that joined it', () => {
    expect(
      tokenSpans('「巾帼·家」').map((run) => run.map(({ token, start, end }) => `${token}${start}-${end}`)),
    ).toEqual([['巾1-2', '帼2-3', '家4-5']]);
  });
});
