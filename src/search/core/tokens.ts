/**
 * How Chinese text becomes words the index can find anywhere inside a run of
 * characters, and how a query becomes the same words.
 *
 * Chinese has no spaces, so a search index has to decide what a word is. A
 * word segmenter (Pagefind's at build time, the browser's for the query)
 * splits 妇女微家 one way and 微家 another, and the two never meet. Instead
 * every run of Han characters is written as its overlapping pairs, the run's
 * last character closing it: 妇女微家 → `妇女 女微 微家 家`. Every character
 * then starts exactly one word, and a term of two or more characters is
 * found, wherever it stands, as its own pairs in a row: 微家 is `微家`,
 * 妇女微家 is the phrase `妇女 女微 微家`. A single character is found as the
 * start of a word. Anything that is not Han (Latin letters, digits) is left
 * to Pagefind as it is.
 *
 * Both sides run on folded text (see `fold.ts`), so the words are in one script.
 */

/**
 * The language the index is filed under, in Pagefind and in the browser:
 * undetermined, because for zh (or ja, th) Pagefind would split the words
 * below again, at build time with its segmenter and in the browser with
 * `Intl.Segmenter`, and 林四 would no longer be one word.
 */
export const INDEX_LANGUAGE = 'und';

/** Whitespace, a run of Han characters, or a run of anything else: one match each, in order. */
const RUNS = /(\s+)|(\p{Script=Han}+)|[^\s\p{Script=Han}]+/gu;

/**
 * Written where the text has a space, a line break or punctuation beside a
 * word that is not Han: a word Pagefind counts but cannot match (it is not a
 * letter), so no phrase reaches across it.
 */
export const BREAK = '·';

interface Segment {
  han: boolean;
  chars: string[];
}

/**
 * A term as runs of Han characters and runs of anything else. One regular
 * expression over the text, not a test per character.
 */
function segments(term: string): Segment[] {
  const out: Segment[] = [];
  for (const [run, space, han] of term.matchAll(RUNS))
    if (space === undefined) out.push({ han: han !== undefined, chars: Array.from(run) });
  return out;
}

function pairs(chars: string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
  return words;
}

const SPACE = 1;
const HAN = 2;
/**
 * Letters and digits. A run of anything else (punctuation and symbols only)
 * is no word to Pagefind, which would only count a place for it.
 */
const WORDLY = 4;

let bmpClasses: Uint8Array | undefined;
const utf16 = new TextDecoder('utf-16le');

/**
 * The classes of every character of the Basic Multilingual Plane, worked out
 * once, when the build first asks, from the same Unicode properties as
 * `RUNS`: every page of the site is written as words, and a table lookup per
 * character cost a fraction of matching regular expressions per run. (The
 * browser, which only reads queries, never builds it.)
 */
function classTable(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  bmpClasses = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++)
    if (code < 0xd800 || code > 0xdfff) bmpClasses[code] = charClass(String.fromCharCode(code));
  return bmpClasses;
}

function charClass(char: string): number {
  if (/\s/u.test(char)) return SPACE;
  return (/\p{Script=Han}/u.test(char) ? HAN : 0) | (/[\p{L}\p{N}]/u.test(char) ? WORDLY : 0);
}

/**
 * The words a folded text is indexed as, in order, separated by spaces.
 * Where spaces, line breaks or punctuation stand, a `BREAK` keeps a phrase
 * from reaching across, but only beside a word that is not Han: two Han
 * runs never meet in a phrase (a run's last pair ends inside it, and a term
 * is cut at spaces and punctuation), so between them a break would only be
 * one more word for Pagefind to read (a tenth of its words in Chinese text).
 *
 * The text is read once, a character at a time, in the runs `RUNS` matches:
 * whitespace, Han, or anything else.
 */
export function indexWords(text: string): string {
  const classes = classTable();
  // Written as UTF-16 units into one buffer, decoded once: a string per word cost twice as much. A Han
  // character becomes at most two words (its pair and, at a run's end, itself) of two units and a space each.
  // (A lone surrogate, which no text decoded from a page can hold, would come out as U+FFFD.)
  const out = new Uint16Array(text.length * 6 + 2);
  let length = 0;
  const write = (from: number, to: number) => {
    out[length++] = 0x20;
    for (let at = from; at < to; at++) out[length++] = text.charCodeAt(at);
  };
  let gap = false;
  let afterHan = false;
  let i = 0;
  while (i < text.length) {
    const start = i;
    let kind = -1;
    let wordly = false;
    let astral = false;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const wide = code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff;
      const found = wide ? charClass(text.slice(i, i + 2)) : classes[code]!;
      if (kind === -1) kind = found & (SPACE | HAN);
      else if ((found & (SPACE | HAN)) !== kind) break;
      wordly ||= (found & WORDLY) !== 0;
      astral ||= wide;
      i += wide ? 2 : 1;
    }
    if (kind === SPACE || (kind !== HAN && !wordly)) {
      gap = length > 0;
      continue;
    }
    const han = kind === HAN;
    if (gap && !(afterHan && han)) {
      out[length++] = 0x20;
      out[length++] = BREAK.charCodeAt(0);
    }
    gap = false;
    afterHan = han;
    if (!han) write(start, i);
    else if (!astral) {
      for (let at = start; at + 1 < i; at++) write(at, at + 2);
      write(i - 1, i);
    } else {
      // Pairs of code points, some of them two units wide.
      const ends: number[] = [];
      for (let at = start; at < i; at += text.codePointAt(at)! > 0xffff ? 2 : 1) ends.push(at);
      ends.push(i);
      for (let k = 0; k + 2 < ends.length; k++) write(ends[k]!, ends[k + 2]!);
      write(ends.at(-2)!, i);
    }
  }
  return length === 0 ? '' : utf16.decode(out.subarray(1, length));
}

/** What Pagefind is asked for one typed term. */
export interface TermWords {
  /** The term's words, for a ranked search that matches each word or any word it starts. */
  words: string[];
  /**
   * The words that must stand in a row, for Pagefind's exact search; absent
   * when the ranked search alone already finds exactly the term (one word).
   */
  phrase?: string[];
  /**
   * True when the phrase cannot say everything: a single Han character at
   * the end of a term that also holds letters or digits (2023年) must start
   * the next word, which an exact search cannot express. Such results are
   * checked against the text as it is shown.
   */
  loose: boolean;
}

/**
 * The words of one typed term (folded, no spaces). A Han run that ends the
 * term may go on in the text (微家 in 妇女微家园), so it gets no closing
 * character; one that is followed by something else in the term must end
 * there, as it does in the index.
 */
export function termWords(term: string): TermWords {
  const parts = segments(term);
  const words: string[] = [];
  let openSingle = false;
  parts.forEach(({ han, chars }, index) => {
    const last = index === parts.length - 1;
    if (!han) words.push(chars.join(''));
    else if (chars.length === 1) {
      words.push(chars[0]!);
      openSingle = last;
    } else words.push(...pairs(chars), ...(last ? [] : [chars.at(-1)!]));
  });
  if (words.length <= 1) return { words, loose: false };
  const fixed = openSingle ? words.slice(0, -1) : words;
  return { words, ...(fixed.length > 1 ? { phrase: fixed } : {}), loose: openSingle };
}
