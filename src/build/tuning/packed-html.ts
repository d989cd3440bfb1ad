import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, brotliDecompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);
const decompress = promisify(brotliDecompress);

/** Marks HTML kept packed: no HTML starts with it, so unpacked HTML passes through `unpackHtml` as it is. */
const PACKED = 'br64:';

// Every article is packed once and unpacked once a build, so speed counts for more than size: quality 4 takes about
// half the time of 5 for packs a little larger, and higher qualities far more (docs/performance.md).
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * HTML compressed with brotli and written as base64: about half the bytes of
 * the HTML on disk, and in memory an ASCII string V8 stores at one byte a
 * character, where Chinese text takes two.
 */
export function packHtml(html: string): string {
  return PACKED + brotliCompressSync(html, BROTLI).toString('base64');
}

/** Whether a value is HTML `packHtml` packed. */
export function isPacked(value: string): boolean {
  return value.startsWith(PACKED);
}

/** `packHtml` on one of libuv's threads, leaving the calling thread free: the same value. */
export async function packHtmlOffThread(html: string): Promise<string> {
  return PACKED + (await compress(html, BROTLI)).toString('base64');
}

/** The HTML `packHtml` was given, unpacked on one of libuv's threads; anything else unchanged. */
export async function unpackHtml(value: string): Promise<string> {
  if (!isPacked(value)) return value;
  return (await decompress(Buffer.from(value.slice(PACKED.length), 'base64'))).toString('utf8');
}
