import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../../src/lib/search/segment.ts';

describe('segmentWords', () => {
  it('cuts Chinese into words joined by single spaces', () => {
    expect(segmentWords('妇女儿童法律援助')).toMatch(/^\S+( \S+)+$/);
    expect(segmentWords('妇女儿童法律援助').replaceAll(' ', '')).toBe('妇女儿童法律援助');
  });

  it('leaves out punctuation and spaces, keeping numbers and Latin words', () => {
    expect(segmentWords('全市建成婦女微家 2633 個。WeChat 公眾號!')).not.toMatch(/[。!\s]{2}|[。!]/);
    expect(segmentWords('建成 2633 个,WeChat')).toContain('2633');
    expect(segmentWords('建成 2633 个,WeChat')).toContain('WeChat');
  });

  it('cuts the same text the same way every time, so a query meets the index', () => {
    const text = '吉林市妇联组建 6 支执委宣讲团';
    expect(segmentWords(text)).toBe(segmentWords(text));
    expect(segmentWords('')).toBe('');
  });
});
