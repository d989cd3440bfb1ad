import { describe, expect, it } from 'vitest';
import {
  batchRanges,
  bytesOf,
  cutRecordFiles,
  rangeHeader,
  readRangeResponse,
  recordPlaces,
} from '../../../src/search/core/records.ts';

const encoder = new TextEncoder();

describe('record files', () => {
  it('cuts pages into files of at most the limit, a record too large for one having a file of its own', () => {
    expect(cutRecordFiles([10, 10, 10, 10], [20, 20, 20, 20], 60)).toEqual([0, 2]);
    expect(cutRecordFiles([10, 10, 10], [20, 100, 20], 60)).toEqual([0, 1, 2]);
    expect(cutRecordFiles([10, 10, 10], [20, 20, 20])).toEqual([0]);
    expect(cutRecordFiles([], [])).toEqual([0]);
  });

  it('places each page’s head and text after the page before it, from 0 in each file', () => {
    expect(recordPlaces({ headBytes: [3, 4, 5], textBytes: [10, 0, 7], fileStarts: [0, 2] })).toEqual([
      { file: 0, head: 0, text: 3, end: 13 },
      { file: 0, head: 13, text: 17, end: 17 },
      { file: 1, head: 0, text: 5, end: 12 },
    ]);
  });

  it('asks for a batch as ranges of each file, heads alone where no text is wanted, neighbours joined', () => {
    const places = recordPlaces({
      headBytes: [3, 4, 5, 6, 2],
      textBytes: [10, 20, 7, 8, 9],
      fileStarts: [0, 4],
    });
    const ranges = batchRanges(places, [
      { page: 2, text: false },
      { page: 0, text: true },
      { page: 1, text: false },
      { page: 4, text: true },
    ]);
    // Page 0 whole (0–13) then page 1's head (13–17) touch; page 2's head is further on.
    expect(ranges).toEqual(
      new Map([
        [
          0,
          [
            { start: 0, end: 17 },
            { start: 37, end: 42 },
          ],
        ],
        [1, [{ start: 0, end: 11 }]],
      ]),
    );
    expect(rangeHeader(ranges.get(0)!)).toBe('bytes=0-16,37-41');
    expect(() => batchRanges(places, [{ page: 5, text: false }])).toThrow(RangeError);
  });
});

describe('readRangeResponse', () => {
  const file = encoder.encode('0123456789abcdefghij');

  it('reads a single range by its Content-Range', () => {
    const parts = readRangeResponse('application/octet-stream', 'bytes 5-9/20', file.subarray(5, 10));
    expect(bytesOf(parts, { start: 6, end: 8 })).toEqual(encoder.encode('67'));
    expect(bytesOf(parts, { start: 8, end: 11 })).toBeUndefined();
  });

  it('reads every part of a multipart/byteranges body, with or without a line break first (nginx writes one)', () => {
    for (const lead of ['', '\r\n']) {
      const body = encoder.encode(
        `${lead}--SEP\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes 0-3/20\r\n\r\n0123` +
          `\r\n--SEP\r\ncontent-type: application/octet-stream\r\ncontent-range: bytes 12-15/20\r\n\r\ncdef\r\n--SEP--\r\n`,
      );
      const parts = readRangeResponse('multipart/byteranges; boundary=SEP', null, body);
      expect(parts.map(({ start }) => start)).toEqual([0, 12]);
      expect(bytesOf(parts, { start: 1, end: 3 })).toEqual(encoder.encode('12'));
      expect(bytesOf(parts, { start: 12, end: 16 })).toEqual(encoder.encode('cdef'));
    }
  });

  it('takes a part’s bytes by its length, even when they hold the boundary', () => {
    const body = encoder.encode(
      '--SEP\r\nContent-Range: bytes 0-8/20\r\n\r\n--SEP\r\n12\r\n--SEP\r\nContent-Range: bytes 15-16/20\r\n\r\nfg\r\n--SEP--',
    );
    const parts = readRangeResponse('multipart/byteranges; boundary="SEP"', null, body);
    expect(new TextDecoder().decode(bytesOf(parts, { start: 0, end: 9 }))).toBe('--SEP\r\n12');
    expect(bytesOf(parts, { start: 15, end: 17 })).toEqual(encoder.encode('fg'));
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => readRangeResponse('application/octet-stream', null, file)).toThrow(/range/);
    expect(() =>
      readRangeResponse('multipart/byteranges; boundary=SEP', null, encoder.encode('--SEP\r\nno headers end')),
    ).toThrow(/multipart/);
  });
});
