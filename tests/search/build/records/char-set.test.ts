import { describe, expect, it } from 'vitest';
import { CharSet } from '../../../../src/search/build/records/char-set.ts';

describe('CharSet', () => {
  it('holds each character of the texts added once, in code point order', () => {
    const chars = new CharSet();
    chars.add('妇女𫵷a');
    chars.add('女b\n𠀀𫵷');
    expect(chars.toString()).toBe('\nab女妇𠀀𫵷');
  });

  it('is empty until a text is added', () => {
    const chars = new CharSet();
    expect(chars.toString()).toBe('');
    chars.add('');
    expect(chars.toString()).toBe('');
  });
});
