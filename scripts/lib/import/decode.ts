export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/**
 * Text as staff save it: UTF-8, UTF-8 with a BOM (Windows Notepad), or
 * GB18030/GBK (older Windows tools). Bytes that are not valid UTF-8 are read
 * as GB18030, the superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
