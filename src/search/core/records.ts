/**
 * Where each page's result record lies in the index's record files, and how
 * a batch of results is fetched as byte ranges of them: the one place that
 * knows the layout, shared by the indexer, the browser and the tests.
 *
 * A page's record is its head (what a result shows, `ResultHead` as JSON,
 * a few hundred bytes that compression would hardly shorten) and its text
 * (for an excerpt, compressed on its own: raw DEFLATE), head first.
 * Records are in page order, in files of at most `RECORD_FILE_BYTES`; a
 * batch asks for the heads of its results, and the texts of those whose
 * excerpt is needed, as ranges of one file, in one request: a static host
 * sends several ranges of a file in one response (`multipart/byteranges`).
 */

/**
 * The most a record file holds, in bytes: below the 25 MiB a file may have
 * on Cloudflare Pages, the smallest limit of the hosts in docs/deploy.md.
 */
export const RECORD_FILE_BYTES = 24 * 1024 * 1024;

/** The sizes the pages file gives of every record, and where each file starts. */
export interface RecordLayout {
  /** Head of each page, in bytes, by page number. */
  headBytes: readonly number[];
  /** Compressed text of each page, in bytes, by page number. */
  textBytes: readonly number[];
  /** The first page of each record file, ascending, starting with 0. */
  fileStarts: readonly number[];
}

/** Cuts pages into record files of at most `limit` bytes (a record larger than that has a file of its own). */
export function cutRecordFiles(
  headBytes: readonly number[],
  textBytes: readonly number[],
  limit = RECORD_FILE_BYTES,
): number[] {
  const starts: number[] = [];
  let size = 0;
  headBytes.forEach((head, page) => {
    const record = head + textBytes[page]!;
    if (page === 0 || size + record > limit) {
      starts.push(page);
      size = 0;
    }
    size += record;
  });
  return starts.length > 0 ? starts : [0];
}

/** Where a page's record is: its file, and the offsets of its head and text in it. */
export interface RecordPlace {
  file: number;
  head: number;
  text: number;
  end: number;
}

/** Every page's place, from the layout (a prefix sum over each file). */
export function recordPlaces({ headBytes, textBytes, fileStarts }: RecordLayout): RecordPlace[] {
  const places: RecordPlace[] = [];
  let file = -1;
  let at = 0;
  headBytes.forEach((head, page) => {
    if (file + 1 < fileStarts.length && page === fileStarts[file + 1]) {
      file++;
      at = 0;
    }
    const text = at + head;
    const end = text + textBytes[page]!;
    places.push({ file, head: at, text, end });
    at = end;
  });
  return places;
}

/** Bytes `start` up to (not including) `end` of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** One result of a batch: the page, and whether its text is wanted as well as its head. */
export interface Wanted {
  page: number;
  text: boolean;
}

/**
 * The ranges a batch needs from each file, ascending, touching ones joined
 * (a run of pages next to each other is one range).
 */
export function batchRanges(places: readonly RecordPlace[], wanted: readonly Wanted[]): Map<number, ByteRange[]> {
  const byFile = new Map<number, ByteRange[]>();
  for (const { page, text } of wanted) {
    const place = places[page];
    if (!place) throw new RangeError(`search index: no record for page ${page}`);
    const list = byFile.get(place.file) ?? [];
    list.push({ start: place.head, end: text ? place.end : place.text });
    byFile.set(place.file, list);
  }
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.start - b.start);
    const joined: ByteRange[] = [];
    for (const range of list) {
      const last = joined.at(-1);
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else joined.push({ ...range });
    }
    byFile.set(file, joined);
  }
  return byFile;
}

/** The `Range` header asking for these ranges. */
export function rangeHeader(ranges: readonly ByteRange[]): string {
  return `bytes=${ranges.map(({ start, end }) => `${start}-${end - 1}`).join(',')}`;
}

/** Bytes of a file from `start` on, as a response carried them. */
export interface ReceivedPart {
  start: number;
  bytes: Uint8Array;
}

/** `Content-Range: bytes 10-19/200` → 10; undefined for anything else. */
export function contentRangeStart(header: string | null): number | undefined {
  const match = /^\s*bytes\s+(\d+)-(\d+)\/(?:\d+|\*)\s*$/i.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let at = haystack.indexOf(first, from); at !== -1; at = haystack.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && haystack[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
  }
  return -1;
}

/**
 * The parts of a `206 Partial Content` response: one part with its
 * `Content-Range`, or several in a `multipart/byteranges` body (RFC 9110
 * §14.6), whose parts each name their range. Throws on a body it cannot
 * read, rather than guessing.
 */
export function readRangeResponse(
  contentType: string | null,
  contentRange: string | null,
  body: Uint8Array,
): ReceivedPart[] {
  const boundary = /^\s*multipart\/byteranges\s*;.*\bboundary\s*=\s*"?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (!boundary) {
    const start = contentRangeStart(contentRange);
    if (start === undefined) throw new Error(`search index: a partial response without its range (${contentRange})`);
    return [{ start, bytes: body }];
  }
  const delimiter = encoder.encode(`--${boundary}`);
  const parts: ReceivedPart[] = [];
  let at = indexOf(body, delimiter, 0);
  while (at !== -1) {
    at += delimiter.length;
    // "--" after the delimiter closes the body.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts;
    const headersEnd = indexOf(body, encoder.encode('\r\n\r\n'), at);
    if (headersEnd === -1) break;
    const headers = decoder.decode(body.subarray(at, headersEnd));
    const range = /^content-range:\s*bytes\s+(\d+)-(\d+)\//im.exec(headers);
    if (!range) break;
    const start = Number(range[1]);
    const from = headersEnd + 4;
    const length = Number(range[2]) - start + 1;
    parts.push({ start, bytes: body.subarray(from, from + length) });
    at = indexOf(body, delimiter, from + length);
  }
  throw new Error('search index: a multipart/byteranges response that cannot be read');
}

/** The bytes of `range` out of what was received, or undefined if no part holds all of it. */
export function bytesOf(parts: readonly ReceivedPart[], range: ByteRange): Uint8Array | undefined {
  for (const { start, bytes } of parts)
    if (start <= range.start && range.end <= start + bytes.length)
      return bytes.subarray(range.start - start, range.end - start);
  return undefined;
}
