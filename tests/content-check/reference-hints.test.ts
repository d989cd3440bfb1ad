import { describe, expect, it } from 'vitest';
import { meantEntry } from '../../src/content-check/reference-hints.ts';

const cities = [
  { id: 'changchun', name: '长春市' },
  { id: 'liaocheng', name: '聊城市' },
  { id: 'qinzhou', name: '秦州区' },
];

describe('meantEntry', () => {
  it('finds the entry from its name, with or without the administrative suffix, in either script', () => {
    expect(meantEntry('聊城', cities)?.id).toBe('liaocheng');
    expect(meantEntry('聊城市', cities)?.id).toBe('liaocheng');
    expect(meantEntry('長春市', cities)?.id).toBe('changchun');
    expect(meantEntry(' 「秦州区」 ', cities)?.id).toBe('qinzhou');
  });

  it('finds the entry from a file name written as a file: capitals, .md, a folder', () => {
    expect(meantEntry('Liaocheng', cities)?.id).toBe('liaocheng');
    expect(meantEntry('liaocheng.md', cities)?.id).toBe('liaocheng');
    expect(meantEntry('content/cities/qinzhou.md', cities)?.id).toBe('qinzhou');
  });

  it('finds a person from the pinyin of a name that is not on file as written', () => {
    expect(meantEntry('方淑玲', [{ id: 'fang-shuling' }])?.id).toBe('fang-shuling');
  });

  it('finds nothing for a name no entry has', () => {
    expect(meantEntry('天津', cities)).toBeUndefined();
    expect(meantEntry('', cities)).toBeUndefined();
  });
});
