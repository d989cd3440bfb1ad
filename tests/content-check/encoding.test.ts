import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { EncodingError, utf8Text } from '../../src/content-check/encoding.ts';
import { checkContent } from '../../src/content-check/index.ts';

const fixture = fileURLToPath(new URL('../fixtures/content/wrong-encoding/', import.meta.url));

function refusal(bytes: Uint8Array): { line: number; message: string } {
  try {
    utf8Text(bytes);
  } catch (error) {
    if (error instanceof EncodingError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('accepted');
}

describe('content files in the wrong encoding', () => {
  it('are refused by the checker, each naming its file, its encoding and the line', () => {
    const { problems } = checkContent(fixture, { now: new Date('2025-01-01T00:00:00+08:00') });
    expect(problems.map(({ file, line, message }) => ({ file, line, message: message.split(',')[0] }))).toEqual([
      { file: 'content/news/2024/bad-byte.md', line: 11, message: '这一行有不是 UTF-8 的字节' },
      { file: 'content/news/2024/gbk-gao.md', line: 2, message: '文件不是 UTF-8 编码' },
      { file: 'content/news/2024/unicode-gao.md', line: 1, message: '文件不是 UTF-8 编码' },
    ]);
    expect(problems[1]?.message).toContain('看起来是 GBK/GB18030');
    expect(problems[2]?.message).toContain('看起来是 UTF-16');
    expect(problems.every((problem) => problem.message.includes('UTF-8'))).toBe(true);
  });

  it('tell UTF-16 without a mark, Big5 and NUL bytes apart from UTF-8', () => {
    const text = '---\ntitle: 吉林市婦聯召開執委會議\n---\n正文。\n';
    expect(refusal(iconv.encode(text, 'utf16le')).message).toContain('UTF-16');
    expect(refusal(iconv.encode(text, 'utf16be')).message).toContain('UTF-16 BE');
    expect(refusal(iconv.encode(text, 'big5')).message).toContain('Big5');
    expect(refusal(new TextEncoder().encode('---\ntitle: a\u0000b\n---\n')).message).toContain('空字符');
  });

  it('let UTF-8, with or without a mark, through unchanged', () => {
    const text = '---\ntitle: 吉林市妇联\n---\n正文。\n';
    expect(utf8Text(new TextEncoder().encode(text))).toBe(text);
    expect(utf8Text(Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)))).toBe(text);
  });
});
