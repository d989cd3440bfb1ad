import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSION,
  keyBytes,
  Reader,
  readBucket,
  readPages,
  writeBucket,
  writePages,
  Writer,
} from '../../../src/search/core/format.ts';
import { termKeys } from '../../../src/search/core/terms.ts';

describe('the index’s binary files', () => {
  it('write and read numbers, strings and lists of pages back as they were', () => {
    const out = new Writer();
    out.varint(0);
    out.varint(300);
    out.varint(2 ** 40 + 7);
    out.fixed(2 ** 52 + 3, 7);
    out.string('吉林四姐');
    const dense = Array.from({ length: 900 }, (_, page) => page * 2 + 5);
    const sparse = [3, 1000, 70_000];
    out.pages(dense);
    out.pages(sparse);
    out.pages([]);
    const input = new Reader(out.done());
    expect([input.varint(), input.varint(), input.varint(), input.fixed(7), input.string()]).toEqual([
      0,
      300,
      2 ** 40 + 7,
      2 ** 52 + 3,
      '吉林四姐',
    ]);
    expect([input.pages(), input.pages(), input.pages()]).toEqual([dense, sparse, []]);
    expect(input.done).toBe(true);
  });

  it('writes a list of most pages as a bitmap, about a byte for eight pages', () => {
    const out = new Writer();
    out.pages(Array.from({ length: 9000 }, (_, page) => page + Math.floor(page / 10)));
    expect(out.length).toBeLessThan(1300);
  });

  it('finds a term in a bucket by its key, with each field’s pages, and nothing for a key it does not hold', () => {
    const [a, b, c] = [termKeys(['执', '委'])[0]!, termKeys(['妇', '联'])[0]!, termKeys(['家'])[0]!];
    const bits = 3;
    const bytes = writeBucket(
      [
        { key: a, pages: { title: [1, 4], text: [1, 2, 4, 9] } },
        { key: b, pages: { pinyinNames: [7] } },
      ],
      bits,
    );
    expect(bytes[0]).toBe(FORMAT_VERSION);
    expect(readBucket(bytes, a, bits)).toEqual({ key: a, pages: { title: [1, 4], text: [1, 2, 4, 9] } });
    expect(readBucket(bytes, b, bits)).toEqual({ key: b, pages: { pinyinNames: [7] } });
    expect(readBucket(bytes, c, bits)).toBeUndefined();
    expect(keyBytes(0)).toBe(7);
    expect(keyBytes(13)).toBe(5);
  });

  it('refuses a bucket of another format rather than reading it wrong', () => {
    const bytes = writeBucket([], 0);
    bytes[0] = FORMAT_VERSION + 1;
    expect(() => readBucket(bytes, 1, 0)).toThrow(/format/);
  });

  it('writes and reads the pages file: filters, names and where each record is', () => {
    const file = {
      count: 5,
      filters: {
        city: new Map([
          ['jilin', [0, 2]],
          ['qinzhou', [3]],
        ]),
        type: new Map([
          ['brand', [0]],
          ['news', [1, 2, 3, 4]],
        ]),
        year: new Map([['2024', [1, 2]]]),
        brand: new Map<string, number[]>(),
      },
      names: new Map([[0, 4]]),
      records: { headBytes: [90, 120, 300, 95, 70], textBytes: [0, 2000, 180_000, 3, 12], fileStarts: [0, 2] },
    };
    expect(readPages(writePages(file))).toEqual(file);
  });
});
