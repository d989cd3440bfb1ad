/**
 * The index's binary files, written by the build and read by the browser:
 * the one place that knows their layout (`tests/search/core/format.test.ts`
 * writes and reads every kind back).
 *
 * Numbers are unsigned LEB128 varints. A list of pages (ascending page
 * numbers) is written whichever way is shorter: as the gaps between them, or
 * as a bitmap from its first page — a term on most pages of a 10,000-page
 * site costs about 1.3 KB either way.
 */
import { fields, filterKeys, type Field, type FilterKey } from '../model.ts';
import type { RecordLayout } from './records.ts';

export const FORMAT_VERSION = 2;

const GAPS = 0;
const BITMAP = 1;

export class Writer {
  #bytes = new Uint8Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  #room(more: number): void {
    if (this.#length + more <= this.#bytes.length) return;
    let size = this.#bytes.length * 2;
    while (size < this.#length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  byte(value: number): void {
    this.#room(1);
    this.#bytes[this.#length++] = value;
  }

  varint(value: number): void {
    this.#room(8);
    while (value >= 0x80) {
      this.#bytes[this.#length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.#bytes[this.#length++] = value;
  }

  bytes(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#bytes.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  string(text: string): void {
    const bytes = new TextEncoder().encode(text);
    this.varint(bytes.length);
    this.bytes(bytes);
  }

  /** A number of exactly `size` bytes, most significant first (up to 7 bytes: 53 bits). */
  fixed(value: number, size: number): void {
    this.#room(size);
    for (let k = size - 1; k >= 0; k--) {
      this.#bytes[this.#length + k] = value % 256;
      value = Math.floor(value / 256);
    }
    this.#length += size;
  }

  /** Pages in ascending order, with their byte length first so a reader can pass over them. */
  pages(pages: ArrayLike<number>): void {
    const body = new Writer();
    encodePages(body, pages);
    this.varint(body.length);
    this.bytes(body.done());
  }

  done(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

function varintSize(value: number): number {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    size++;
  }
  return size;
}

function encodePages(out: Writer, pages: ArrayLike<number>): void {
  const count = pages.length;
  if (count === 0) {
    out.byte(GAPS);
    out.varint(0);
    return;
  }
  const first = pages[0]!;
  const last = pages[count - 1]!;
  let gapBytes = 0;
  for (let i = 1; i < count; i++) gapBytes += varintSize(pages[i]! - pages[i - 1]! - 1);
  const bitmapBytes = Math.ceil((last - first + 1) / 8);
  if (bitmapBytes < gapBytes + varintSize(count)) {
    out.byte(BITMAP);
    out.varint(first);
    out.varint(bitmapBytes);
    const bits = new Uint8Array(bitmapBytes);
    for (let i = 0; i < count; i++) {
      const offset = pages[i]! - first;
      bits[offset >> 3]! |= 1 << (offset & 7);
    }
    out.bytes(bits);
  } else {
    out.byte(GAPS);
    out.varint(count);
    out.varint(first);
    for (let i = 1; i < count; i++) out.varint(pages[i]! - pages[i - 1]! - 1);
  }
}

export class Reader {
  readonly #bytes: Uint8Array;
  at: number;
  readonly end: number;

  constructor(bytes: Uint8Array, at = 0, end = bytes.length) {
    this.#bytes = bytes;
    this.at = at;
    this.end = end;
  }

  get done(): boolean {
    return this.at >= this.end;
  }

  byte(): number {
    if (this.at >= this.end) throw new Error('search index: file ends too soon');
    return this.#bytes[this.at++]!;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  fixed(size: number): number {
    let value = 0;
    for (let k = 0; k < size; k++) value = value * 256 + this.byte();
    return value;
  }

  string(): string {
    const length = this.varint();
    const text = new TextDecoder().decode(this.#bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  /** A list written by `Writer.pages`. */
  pages(): number[] {
    const length = this.varint();
    const list = decodePages(new Reader(this.#bytes, this.at, this.at + length));
    this.at += length;
    return list;
  }

  /** Passes over a list written by `Writer.pages`. */
  skipPages(): void {
    const length = this.varint();
    this.at += length;
  }
}

function decodePages(input: Reader): number[] {
  const kind = input.byte();
  const pages: number[] = [];
  if (kind === BITMAP) {
    const first = input.varint();
    const size = input.varint();
    for (let index = 0; index < size; index++) {
      const byte = input.byte();
      if (byte === 0) continue;
      for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) pages.push(first + index * 8 + bit);
    }
    return pages;
  }
  const count = input.varint();
  if (count === 0) return pages;
  let page = input.varint();
  pages.push(page);
  for (let i = 1; i < count; i++) {
    page += input.varint() + 1;
    pages.push(page);
  }
  return pages;
}

/** One term of a bucket: its key and, for each field it occurs in, the pages. */
export interface BucketEntry {
  key: number;
  pages: Partial<Record<Field, ArrayLike<number>>>;
}

/** Bytes of a term's key in a bucket of an index of `2 ** bits` buckets: the bits the bucket does not say. */
export function keyBytes(bits: number): number {
  return Math.ceil((53 - bits) / 8);
}

function keyRest(key: number, bits: number): number {
  return key % 2 ** (53 - bits);
}

/** A bucket file: its terms, each with its key's remaining bits, the fields it holds and their page lists. */
export function writeBucket(entries: Iterable<BucketEntry>, bits: number): Uint8Array {
  const out = new Writer();
  const size = keyBytes(bits);
  const list = [...entries];
  out.byte(FORMAT_VERSION);
  out.varint(list.length);
  for (const { key, pages } of list) {
    out.fixed(keyRest(key, bits), size);
    let mask = 0;
    fields.forEach((field, bit) => {
      if (pages[field] && pages[field].length > 0) mask |= 1 << bit;
    });
    out.byte(mask);
    fields.forEach((field, bit) => {
      if (mask & (1 << bit)) out.pages(pages[field]!);
    });
  }
  return out.done();
}

/** The pages a bucket lists under `key` for each field, or undefined when the bucket does not hold the key. */
export function readBucket(bytes: Uint8Array, key: number, bits: number): BucketEntry | undefined {
  const input = new Reader(bytes);
  const version = input.byte();
  if (version !== FORMAT_VERSION) throw new Error(`search index: bucket format ${version}, not ${FORMAT_VERSION}`);
  const size = keyBytes(bits);
  const wanted = keyRest(key, bits);
  const count = input.varint();
  for (let entry = 0; entry < count; entry++) {
    const rest = input.fixed(size);
    const mask = input.byte();
    if (rest !== wanted) {
      for (let bit = 0; bit < fields.length; bit++) if (mask & (1 << bit)) input.skipPages();
      continue;
    }
    const pages: BucketEntry['pages'] = {};
    fields.forEach((field, bit) => {
      if (mask & (1 << bit)) pages[field] = input.pages();
    });
    return { key, pages };
  }
  return undefined;
}

/** What the index says of every page: the filter values it is found under, the entries' names, and where its record is. */
export interface PagesFile {
  /** How many pages the index holds. */
  count: number;
  /** For each filter and value, the pages (ascending) found under it. */
  filters: Record<FilterKey, Map<string, number[]>>;
  /** Entries by page, with the length of their title in tokens: a query exactly that long that finds it in the title is its name. */
  names: Map<number, number>;
  /** The sizes of every page's record, and the record files (`records.ts`). */
  records: RecordLayout;
}

export function writePages({ count, filters, names, records }: PagesFile): Uint8Array {
  const out = new Writer();
  out.byte(FORMAT_VERSION);
  out.varint(count);
  for (const key of filterKeys) {
    const values = [...filters[key]];
    out.varint(values.length);
    for (const [value, pages] of values) {
      out.string(value);
      out.pages(pages);
    }
  }
  const named = [...names].sort(([a], [b]) => a - b);
  out.varint(named.length);
  for (const [page, length] of named) {
    out.varint(page);
    out.varint(length);
  }
  out.varint(records.fileStarts.length);
  for (const start of records.fileStarts) out.varint(start);
  for (let page = 0; page < count; page++) {
    out.varint(records.headBytes[page]!);
    out.varint(records.textBytes[page]!);
  }
  return out.done();
}

export function readPages(bytes: Uint8Array): PagesFile {
  const input = new Reader(bytes);
  const version = input.byte();
  if (version !== FORMAT_VERSION) throw new Error(`search index: pages format ${version}, not ${FORMAT_VERSION}`);
  const count = input.varint();
  const filters = Object.fromEntries(
    filterKeys.map((key) => [key, new Map<string, number[]>()]),
  ) as PagesFile['filters'];
  for (const key of filterKeys) {
    const values = input.varint();
    for (let index = 0; index < values; index++) {
      const value = input.string();
      filters[key].set(value, input.pages());
    }
  }
  const names = new Map<number, number>();
  const named = input.varint();
  for (let index = 0; index < named; index++) {
    const page = input.varint();
    names.set(page, input.varint());
  }
  const fileStarts = Array.from({ length: input.varint() }, () => input.varint());
  const headBytes: number[] = [];
  const textBytes: number[] = [];
  for (let page = 0; page < count; page++) {
    headBytes.push(input.varint());
    textBytes.push(input.varint());
  }
  return { count, filters, names, records: { headBytes, textBytes, fileStarts } };
}
