import { describe, expect, it } from 'vitest';
import { excerpt, hasMatch, highlight, holdsAll, type Segment } from '../../../src/search/core/excerpt.ts';
import { createFold } from '../../../src/search/core/fold.ts';

// A small fold by hand: these tests are about matching, not about OpenCC's tables.
const fold = createFold(
  new Map([
    ['執', '执'],
    ['婦', '妇'],
    ['團', '团'],
    ['講', '讲'],
    ['㠣', '𫵷'],
  ]),
);

/** Terms as the index cuts them: each character a token (these tests use Han terms only). */
const t = (...terms: string[]) => terms.map((term) => Array.from(term));

/** Segments written as text with the matches in brackets: 最美[執委]. */
function marked(segments: Segment[] | undefined): string | undefined {
  return segments?.map(({ text, match }) => (match ? `[${text}]` : text)).join('');
}

describe('highlight', () => {
  it('marks a simplified query in traditional text, showing the text as written', () => {
    expect(marked(highlight('最美執委｜6 支執委宣講團', t('执委'), fold))).toBe('最美[執委]｜6 支[執委]宣講團');
  });

  it('marks every term, merging runs that touch', () => {
    expect(marked(highlight('執委宣講團走進基層', t('执委', '宣讲团'), fold))).toBe('[執委宣講團]走進基層');
  });

  it('counts characters, not UTF-16 units, around characters outside the BMP', () => {
    expect(marked(highlight('甲㠣乙執委', t('执委'), fold))).toBe('甲㠣乙[執委]');
    expect(marked(highlight('甲㠣乙', t('𫵷'), fold))).toBe('甲[㠣]乙');
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('吉林四姐', t('执委'), fold)).toEqual([{ text: '吉林四姐', match: false }]);
  });

  it('marks nothing rather than the wrong characters if a fold changes the length', () => {
    const lengthening = (text: string) => text.replace(/婦/g, 'fu');
    expect(marked(highlight('婦女執委', t('执委'), lengthening))).toBe('婦女執委');
  });
});

describe('hasMatch', () => {
  it('tells whether any term occurs, in either script', () => {
    expect(hasMatch('秦州區執委走進社區', t('执委'), fold)).toBe(true);
    expect(hasMatch('秦州區婦聯', t('执委'), fold)).toBe(false);
  });
});

describe('excerpt', () => {
  const body = [
    '基層組織弱、聯繫群眾難，是婦聯工作長期面對的難題。',
    '全市組建 6 支執委宣講團，開展宣講 42 場。市婦聯微信公眾號開設「最美執委」欄目，講述基層執委的故事。',
  ].join('\n');

  it('starts at the sentence holding the first match and marks the terms', () => {
    expect(marked(excerpt(body, t('执委'), fold, 30))).toBe(
      '…全市組建 6 支[執委]宣講團，開展宣講 42 場。市婦聯微信公…',
    );
  });

  it('starts at the beginning, without an ellipsis, when the match is there', () => {
    expect(marked(excerpt('執委們走進社區。', t('执委'), fold))).toBe('[執委]們走進社區。');
  });

  it('prefers the whole term to the words inside it', () => {
    const text = '妇女之家遍布城乡。后来又建成妇女微家。';
    expect(marked(excerpt(text, t('妇女微家', '妇女'), fold, 12))).toBe('…后来又建成[妇女微家]。');
  });

  it('reads line breaks as spaces', () => {
    expect(marked(excerpt('第一段。\n第二段有執委。', t('执委'), fold))).toBe('第一段。 第二段有[執委]。');
  });

  it('gives nothing when no term occurs', () => {
    expect(excerpt(body, t('吉林四姐'), fold)).toBeUndefined();
  });
});

describe('marking across joining marks', () => {
  it('marks a term where quotation marks or a middle dot stand inside it, those marks included', () => {
    expect(marked(highlight('品牌「巾帼·家」成立', t('巾帼家'), fold))).toBe('品牌「[巾帼·家]」成立');
    expect(marked(highlight('巾帼“聊”亮宣讲', t('巾帼聊亮'), fold))).toBe('[巾帼“聊”亮]宣讲');
  });

  it('does not mark parts that stand apart', () => {
    expect(marked(highlight('巾帼建功，家庭和睦', t('巾帼家'), fold))).toBe('巾帼建功，家庭和睦');
  });

  it('tells whether every term occurs', () => {
    expect(holdsAll('巾帼“聊”亮', t('巾帼聊亮'), fold)).toBe(true);
    expect(holdsAll('巾帼 聊亮', t('巾帼聊亮'), fold)).toBe(false);
  });
});
