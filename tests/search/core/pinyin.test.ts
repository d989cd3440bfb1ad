import { describe, expect, it } from 'vitest';
import { asInitials, initialOf, splitPinyin } from '../../../src/search/core/pinyin.ts';

const syllables = new Set([
  'ji',
  'lin',
  'si',
  'jie',
  'xi',
  'an',
  'xian',
  'fu',
  'lian',
  'liao',
  'cheng',
  'shi',
  'a',
  'nv',
]);

describe('splitPinyin', () => {
  it('reads letters as syllables, fewest first', () => {
    expect(splitPinyin('jilinsijie', syllables)).toEqual(['ji', 'lin', 'si', 'jie']);
    expect(splitPinyin('jilin', syllables)).toEqual(['ji', 'lin']);
    expect(splitPinyin('xian', syllables)).toEqual(['xian']);
    expect(splitPinyin('liaochengshi', syllables)).toEqual(['liao', 'cheng', 'shi']);
    expect(splitPinyin('nv', syllables)).toEqual(['nv']);
  });

  it('gives nothing for letters that are not pinyin', () => {
    expect(splitPinyin('jlsj', syllables)).toBeUndefined();
    expect(splitPinyin('ai', syllables)).toBeUndefined();
    expect(splitPinyin('ji2', syllables)).toBeUndefined();
    expect(splitPinyin('', syllables)).toBeUndefined();
  });
});

describe('initials', () => {
  it('reads two or more letters as initials, and takes a syllable’s first letter as its initial', () => {
    expect(asInitials('jlsj')).toEqual(['j', 'l', 's', 'j']);
    expect(asInitials('j')).toBeUndefined();
    expect(asInitials('j1')).toBeUndefined();
    expect(initialOf('shui')).toBe('s');
  });
});
