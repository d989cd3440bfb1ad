import type { Fold } from './fold.ts';

/** A run of text, marked when it matches the query. */
export interface Segment {
  text: string;
  match: boolean;
}

const SENTENCE_END = /[。！？；!?;\n]/u;

/** Where terms occur in the text, as a flag per code point; the text is compared by its search key. */
function matchFlags(chars: string[], terms: string[], fold: Fold): boolean[] {
  const keys = Array.from(fold(chars.join('')));
  const flags = new Array<boolean>(chars.length).fill(false);
  // A fold keeps one code point per code point; if a caller's fold does not, nothing is marked rather than the wrong thing.
  if (keys.length !== chars.length) return flags;
  for (const term of terms) {
    const needle = Array.from(term);
    if (needle.length === 0) continue;
    for (let start = 0; start + needle.length <= keys.length; start++) {
      let found = true;
      for (let offset = 0; offset < needle.length; offset++) {
        if (keys[start + offset] !== needle[offset]) {
          found = false;
          break;
        }
      }
      if (found) flags.fill(true, start, start + needle.length);
    }
  }
  return flags;
}

function toSegments(chars: string[], flags: boolean[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < chars.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === flags[i]) last.text += chars[i];
    else segments.push({ text: chars[i]!, match: flags[i]! });
  }
  return segments;
}

/** The text as runs, with every occurrence of a term marked, in the script it was written in. */
export function highlight(text: string, terms: string[], fold: Fold): Segment[] {
  const chars = Array.from(text);
  return toSegments(chars, matchFlags(chars, terms, fold));
}

/** True when any term occurs in the text. */
export function hasMatch(text: string, terms: string[], fold: Fold): boolean {
  return matchFlags(Array.from(text), terms, fold).includes(true);
}

/**
 * About `length` characters of the text around the first occurrence of the
 * longest term that occurs, starting at a sentence when one starts shortly
 * before it (Chinese has no spaces to cut at, and a cut word misleads);
 * undefined when no term occurs. Line breaks read as spaces.
 */
export function excerpt(text: string, terms: string[], fold: Fold, length = 80): Segment[] | undefined {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  let first = -1;
  for (const term of terms) {
    first = matchFlags(chars, [term], fold).indexOf(true);
    if (first !== -1) break;
  }
  if (first === -1) return undefined;

  // The match stays in the first half of the window; within that, the window starts where a sentence does.
  const reach = Math.floor(length / 2);
  let start = 0;
  if (first > reach) {
    start = first - Math.floor(length / 4);
    for (let i = first - 1; i >= first - reach; i--) {
      if (SENTENCE_END.test(chars[i]!)) {
        start = i + 1;
        break;
      }
    }
  }
  while (start < first && chars[start] === ' ') start++;
  const end = Math.min(chars.length, start + length);
  const window = chars.slice(start, end);
  const segments = toSegments(window, matchFlags(window, terms, fold));
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < chars.length) segments.push({ text: '…', match: false });
  return segments;
}
