import { decodeText } from '../import/text/decode.ts';

/** A content file that is not UTF-8 text, and the line to look at. */
export class EncodingError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const SAVE_AS_UTF8 = '请用记事本打开这个文件,选“另存为”,编码选“UTF-8”,保存后再检查';

const encodingNames: Record<string, string> = {
  'utf-16le': 'UTF-16(记事本里叫“Unicode”)',
  'utf-16be': 'UTF-16 BE(记事本里叫“Unicode big endian”)',
  gb18030: 'GBK/GB18030(记事本里叫“ANSI”)',
  big5: 'Big5(繁体中文的旧编码)',
};

/**
 * A content file's text. Content is read as UTF-8, so a file saved in another
 * encoding (GBK by older Windows tools, UTF-16 by Notepad's “Unicode”) would
 * be published garbled: it is refused, naming the encoding it seems to be in
 * (by the importer's rule, src/import/text/decode.ts), or the first line
 * with bytes that are not UTF-8.
 */
export function utf8Text(bytes: Uint8Array): string {
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\u0000')) return text;
  } catch {
    // Told apart below.
  }
  const lines = splitLines(bytes);
  const failing = lines.findIndex((line) => !isUtf8(line));
  const readable = lines.filter((line) => line.some((byte) => byte >= 0x80) && isUtf8(line)).length;
  const decoded = decodeText(bytes);
  const seems = 'encoding' in decoded ? encodingNames[decoded.encoding] : undefined;
  // Every line with Chinese in it fails: the whole file is in another encoding, not UTF-8 with a bad byte.
  if (seems && (readable === 0 || bytes.includes(0))) {
    return fail(
      `文件不是 UTF-8 编码,看起来是 ${seems},发布出去会是乱码:${SAVE_AS_UTF8}`,
      seems.startsWith('UTF-16') ? 1 : failing + 1,
    );
  }
  if (text !== undefined) {
    return fail(
      `这一行有空字符(NUL),文本文件里不会有:请删去这个字符,或${SAVE_AS_UTF8}`,
      text.slice(0, text.indexOf('\u0000')).split('\n').length,
    );
  }
  return fail(`这一行有不是 UTF-8 的字节,发布出去会是乱码:请改正这一行(多半是复制时截断了一个字)`, failing + 1);
}

function fail(message: string, line: number): never {
  throw new EncodingError(message, line);
}

/** Lines of bytes: 0x0A never occurs inside a multi-byte UTF-8 or GBK character. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      lines.push(bytes.subarray(start, index));
      start = index + 1;
    }
  }
  return lines;
}

function isUtf8(line: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(line);
    return true;
  } catch {
    return false;
  }
}
