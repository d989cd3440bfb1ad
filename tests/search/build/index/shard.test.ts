import { describe, expect, it } from 'vitest';
import { readPostings } from '../../../../src/search/build/index/shard.ts';
import { fields } from '../../../../src/search/model.ts';

/** A postings file as `indexShard` writes it: each field's count of pairs, then each field's pairs. */
function postingsFile(pairs: number[][]): Uint8Array {
  const words = [...pairs.map((list) => list.length / 2), ...pairs.flat()];
  return new Uint8Array(new Uint32Array(words).buffer);
}

describe('readPostings', () => {
  const pairs = fields.map((_, index) => Array.from({ length: 2 * (index + 1) }, (__, at) => index * 100 + at));

  it('reads each field’s pairs from a file read whole', () => {
    const read = readPostings(postingsFile(pairs));
    expect(fields.map((field) => [...read.get(field)!])).toEqual(pairs);
  });

  it('reads the same from bytes that do not start on a boundary of 4 (a slice of a shared buffer)', () => {
    const file = postingsFile(pairs);
    const shared = new Uint8Array(file.length + 3);
    shared.set(file, 3);
    const read = readPostings(shared.subarray(3));
    expect(fields.map((field) => [...read.get(field)!])).toEqual(pairs);
  });
});
