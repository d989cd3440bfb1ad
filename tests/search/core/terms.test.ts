import { describe, expect, it } from 'vitest';
import { bucketOf, forEachGram, gramKey, termKeys, tokenHash } from '../../../src/search/core/terms.ts';

const keysOf = (runs: string[][]) => {
  const keys: number[] = [];
  forEachGram(
    runs.map((run) => run.map(tokenHash)),
    (key) => keys.push(key),
  );
  return keys;
};

describe('terms', () => {
  it('indexes a run under every piece of one, two and three tokens, and nothing reaching across runs', () => {
    const keys = new Set(
      keysOf([
        ['妇', '女', '微', '家'],
        ['巾', '帼'],
      ]),
    );
    for (const piece of [['妇'], ['女', '微'], ['妇', '女', '微'], ['女', '微', '家'], ['巾', '帼']])
      expect(keys.has(termKeys(piece)[0]!), piece.join('')).toBe(true);
    expect(keys.has(termKeys(['家', '巾'])[0]!)).toBe(false);
    expect(keys.has(gramKey(['妇', '女', '微', '家'].map(tokenHash), 0, 4))).toBe(false);
    expect(keys.size).toBe(4 + 3 + 2 + 2 + 1);
  });

  it('looks a term of up to three tokens up as itself, and a longer one as all its pieces of three', () => {
    expect(termKeys(['执', '委'])).toEqual([gramKey(['执', '委'].map(tokenHash), 0, 2)]);
    const hashes = ['水', '城', '巾', '帼', '美'].map(tokenHash);
    expect(termKeys(['水', '城', '巾', '帼', '美'])).toEqual([0, 1, 2].map((from) => gramKey(hashes, from, 3)));
    expect(termKeys([])).toEqual([]);
  });

  it('names a piece by its tokens in order, and tells a pair from a single token written the same', () => {
    expect(termKeys(['执', '委'])).not.toEqual(termKeys(['委', '执']));
    expect(termKeys(['ab'])).not.toEqual(termKeys(['a', 'b']));
    expect(termKeys(['100', '%'])).not.toEqual(termKeys(['100']));
  });

  it('makes keys JavaScript numbers hold exactly, and spreads them over the buckets', () => {
    const counts = new Array(16).fill(0);
    for (let code = 0x4e00; code < 0x4e00 + 4000; code++) {
      const [key] = termKeys([String.fromCharCode(code), '家']);
      expect(Number.isSafeInteger(key)).toBe(true);
      counts[bucketOf(key!, 4)]++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(150);
    expect(bucketOf(termKeys(['家'])[0]!, 0)).toBe(0);
  });
});
