/**
 * Lines of pasted text, cleaned of what copying from a browser leaves behind:
 * zero-width characters, non-breaking and ideographic spaces at the ends.
 * Blank lines are kept as empty strings: they separate blocks.
 */
export function cleanLines(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, '')
      // Zero-width spaces and joiners come along with text copied from WeChat.
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[\s\u00A0\u3000]+$/u, '').replace(/^[\s\u00A0\u3000]+/u, ''))
  );
}

/** A short line with no closing punctuation reads as a heading: 学习新思想, not 培训会上,大家…… */
export function looksLikeHeading(line: string, maxLength = 24): boolean {
  const length = [...line].length;
  const folded = fold(line);
  return length >= 2 && length <= maxLength && !/[。,、:;!?…]$/u.test(folded) && !/^[\d\s.]+$/.test(folded);
}

/**
 * Full-width forms (：（），！？；) and the ideographic space as their ASCII
 * counterparts, one character for one, so patterns match either spelling and
 * an index into the folded line is an index into the original.
 */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}
