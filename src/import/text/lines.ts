import { toSimplified } from '../../lib/script.ts';

/**
 * Lines of pasted text, cleaned of what copying from a browser leaves behind:
 * zero-width characters, non-breaking and ideographic spaces at the ends.
 * Blank lines are dropped: a line is a paragraph.
 */
export function textLines(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, '')
      // Zero-width spaces and joiners come along with text copied from WeChat.
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n')
      .split('\n')
      .map(trimLine)
      .filter((line) => line !== '')
  );
}

export function trimLine(line: string): string {
  return line.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/gu, '');
}

/**
 * Full-width forms (：（），！？；) and the ideographic space as their ASCII
 * counterparts, one character for one, so patterns match either spelling and
 * an index into the folded line is an index into the original.
 */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u00A0]/g, (char) =>
    char === '\u3000' || char === '\u00A0' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The form every rule reads: folded and in simplified script, so one pattern
 * serves 責任編輯：甲 and 责任编辑:甲. Conversion keeps each character's place
 * (OpenCC maps these one for one); where a phrase would change the length,
 * characters are converted one at a time instead, so an index into the key is
 * an index into the line.
 */
export function key(line: string): string {
  const folded = fold(line);
  const whole = toSimplified(folded);
  if (whole.length === folded.length) return whole;
  return Array.from(folded, (char) => {
    const one = toSimplified(char);
    return one.length === char.length ? one : char;
  }).join('');
}

/** A short line with no closing punctuation reads as a heading: 学习新思想, not 培训会上,大家…… */
export function looksLikeHeading(line: string, maxLength = 24): boolean {
  const length = [...line].length;
  const folded = fold(line);
  return length >= 2 && length <= maxLength && !/[。,、:;!?…]$/u.test(folded) && !/^[\d\s.]+$/.test(folded);
}

/** Characters that Markdown would read as markup, escaped so the text shows as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])(?=\s)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s)/, '$1\\$2');
}

/** The length of a line as a reader counts it: characters, not UTF-16 units. */
export function length(text: string): number {
  return [...text].length;
}
