import chardet from 'chardet';
import { refuse, type ImportRefusal, type SourceEncoding } from '../model.ts';

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
}

const BINARY_MESSAGE =
  '这个文件不是文字:它含有文本文件里不会有的控制字符。请确认选对了文件;文章请存成 .txt、.docx 或网页(.html)再导入';

/**
 * Text as staff save it, read by this rule (also stated in the README):
 *
 * 1. A byte-order mark decides: EF BB BF is UTF-8, FF FE UTF-16 LE, FE FF UTF-16 BE.
 * 2. A file with zero bytes is UTF-16 without a mark when it reads as text in
 *    one byte order: of UTF-16 LE and BE, the one whose characters are at
 *    least 95% line breaks, printable ASCII, Han characters and CJK
 *    punctuation (the other order turns Chinese into characters of scripts
 *    from all over Unicode). Any other file with zero bytes is not text, and
 *    is refused.
 * 3. Bytes that are valid UTF-8 are UTF-8.
 * 4. Otherwise GB18030 (the superset of GBK and GB2312) or Big5: each must
 *    decode without error, and of the two, chardet's analysis (ICU's method:
 *    the share of each language's most frequent characters) picks the likelier;
 *    on a tie, GB18030, which mainland tools write. Neither decodes: refused.
 * 5. Decoded text with control characters (C0 other than tab and line breaks,
 *    DEL, C1) is not text, and is refused.
 */
export function decodeText(bytes: Uint8Array): Decoded | ImportRefusal {
  const decoded = decodeBytes(bytes);
  if ('ok' in decoded) return decoded;
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u.test(decoded.text)) return refuse('binary', BINARY_MESSAGE);
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded | ImportRefusal {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strict('utf-8', bytes.subarray(3), 'utf-8-bom') ?? notUtf8();
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2)) ?? notText();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2)) ?? notText();
  if (bytes.includes(0)) {
    const best = (['utf-16le', 'utf-16be'] as const)
      .map((encoding) => strict(encoding, bytes))
      .filter((decoded): decoded is Decoded => decoded !== undefined)
      .map((decoded) => ({ decoded, share: textShare(decoded.text) }))
      .sort((a, b) => b.share - a.share)[0];
    return best && best.share >= 0.95 ? best.decoded : notText();
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8) return utf8;
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, decoded: strict(encoding, bytes), confidence: confidenceOf(bytes, encoding) }))
    .filter((candidate) => candidate.decoded !== undefined)
    .sort((a, b) => b.confidence - a.confidence);
  return candidates[0]?.decoded ?? notUtf8();
}

/** The share of characters that Chinese text is made of: line breaks, printable ASCII, Han, CJK and full-width punctuation. */
function textShare(text: string): number {
  let total = 0;
  let common = 0;
  for (const char of text) {
    total++;
    if (
      /[\t\n\r\u0020-\u007E\u00A0-\u00FF\u2000-\u206F\u2460-\u24FF\u25A0-\u25FF\u3000-\u303F\uFF00-\uFFEF\p{Script=Han}]/u.test(
        char,
      )
    )
      common++;
  }
  return total === 0 ? 0 : common / total;
}

function confidenceOf(bytes: Uint8Array, encoding: 'gb18030' | 'big5'): number {
  const name = encoding === 'gb18030' ? 'GB18030' : 'Big5';
  return chardet.analyse(bytes).find((match) => match.name === name)?.confidence ?? 0;
}

function strict(
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5',
  bytes: Uint8Array,
  as: SourceEncoding = encoding,
): Decoded | undefined {
  try {
    // ignoreBOM: a mark already read is not text; a second one would be kept as a character and is cleaned later.
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding: as };
  } catch {
    return undefined;
  }
}

function notText(): ImportRefusal {
  return refuse('binary', BINARY_MESSAGE);
}

function notUtf8(): ImportRefusal {
  return refuse(
    'encoding',
    '读不出这个文件的文字:它不是 UTF-8、UTF-16、GBK/GB18030 或 Big5 编码。请用记事本打开,选“另存为”,编码选 UTF-8,再导入',
  );
}
