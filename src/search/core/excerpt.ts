import type { Fold } from './fold.ts';
import { tokenSpans } from './tokens.ts';

/** A run of text, marked when it matches the query. */
export interface Segment {
  text: string;
  match: boolean;
}

const SENTENCE_END = /[。！？；!?;\n]/u;

/**
 * Where terms (each a list of folded tokens) occur in the text, as a flag
 * per UTF-16 unit: the text is cut into tokens the way the index cut it, so
 * 巾帼·家 is marked for 巾帼家, the middle dot included. A fold keeps one
 * code point per code point (though not always its UTF-16 length); should a
 * caller's fold not, nothing is marked rather than the wrong thing.
 */
function matchFlags(text: string, terms: readonly (readonly string[])[], fold: Fold): boolean[] {
  const flags = new Array<boolean>(text.length).fill(false);
  const folded = fold(text);
  const written = Array.from(text);
  const keys = Array.from(folded);
  if (keys.length !== written.length) return flags;
  // Where each unit of the folded text stands in the text as written.
  const place = new Uint32Array(folded.length + 1);
  for (let k = 0, at = 0, from = 0; k < keys.length; k++) {
    for (let unit = 0; unit < keys[k]!.length; unit++) place[at + unit] = from;
    at += keys[k]!.length;
    from += written[k]!.length;
  }
  place[folded.length] = text.length;
  for (const run of tokenSpans(folded))
    for (const term of terms) {
      if (term.length === 0) continue;
      for (let start = 0; start + term.length <= run.length; start++) {
        let found = true;
        for (let k = 0; k < term.length && found; k++) found = run[start + k]!.token === term[k];
        if (found) flags.fill(true, place[run[start]!.start], place[run[start + term.length - 1]!.end]);
      }
    }
  return flags;
}

function toSegments(text: string, flags: boolean[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  for (let i = from; i < to; i++) {
    const last = segments.at(-1);
    if (last && last.match === flags[i]) last.text += text[i];
    else segments.push({ text: text[i]!, match: flags[i]! });
  }
  return segments;
}

/** The text as runs, with every occurrence of a term marked, in the script it was written in. */
export function highlight(text: string, terms: readonly (readonly string[])[], fold: Fold): Segment[] {
  return toSegments(text, matchFlags(text, terms, fold));
}

/** True when every term occurs in the text: what a listed result must show. */
export function holdsAll(text: string, terms: readonly (readonly string[])[], fold: Fold): boolean {
  return terms.every((term) => matchFlags(text, [term], fold).includes(true));
}

/** True when any term occurs in the text. */
export function hasMatch(text: string, terms: readonly (readonly string[])[], fold: Fold): boolean {
  return matchFlags(text, terms, fold).includes(true);
}

/**
 * About `length` characters of the text around the first occurrence of the
 * longest term that occurs, starting at a sentence when one starts shortly
 * before it (Chinese has no spaces to cut at, and a cut word misleads);
 * undefined when no term occurs. Line breaks read as spaces.
 */
export function excerpt(
  text: string,
  terms: readonly (readonly string[])[],
  fold: Fold,
  length = 80,
): Segment[] | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const longest = [...terms].sort((a, b) => b.length - a.length);
  let first = -1;
  for (const term of longest) {
    first = matchFlags(flat, [term], fold).indexOf(true);
    if (first !== -1) break;
  }
  if (first === -1) return undefined;

  // The match stays in the first half of the window; within that, the window starts where a sentence does.
  const reach = Math.floor(length / 2);
  let start = 0;
  if (first > reach) {
    start = first - Math.floor(length / 4);
    for (let i = first - 1; i >= first - reach; i--) {
      if (SENTENCE_END.test(flat[i]!)) {
        start = i + 1;
        break;
      }
    }
  }
  while (start < first && flat[start] === ' ') start++;
  // Never cut a character outside the Basic Multilingual Plane in two.
  let end = Math.min(flat.length, start + length);
  if (end < flat.length && /[\ud800-\udbff]/.test(flat[end - 1]!)) end++;
  const segments = toSegments(flat, matchFlags(flat, terms, fold), start, end);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < flat.length) segments.push({ text: '…', match: false });
  return segments;
}
