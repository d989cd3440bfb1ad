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

/** A run of punctuation and symbols only: Pagefind would index no word for it, only count a place. */
const MARKS = /^[^\p{L}\p{N}]+$/u;

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

/**
 * The words a folded text is indexed as, in order, separated by spaces.
 * Where spaces, line breaks or punctuation stand, a `BREAK` keeps a phrase
 * from reaching across, but only beside a word that is not Han: two Han
 * runs never meet in a phrase (a run's last pair ends inside it, and a term
 * is cut at spaces and punctuation), so between them a break would only be
 * one more word for Pagefind to read (a tenth of its words in Chinese text).
 */
export function indexWords(text: string): string {
  const words: string[] = [];
  let gap = false;
  let afterHan = false;
  for (const [run, space, han] of text.matchAll(RUNS)) {
    if (space !== undefined || (han === undefined && MARKS.test(run))) {
      gap = words.length > 0;
      continue;
    }
    if (gap && !(afterHan && han !== undefined)) words.push(BREAK);
    gap = false;
    afterHan = han !== undefined;
    if (!afterHan) words.push(run);
    else {
      const chars = Array.from(run);
      for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
      words.push(chars.at(-1)!);
    }
  }
  return words.join(' ');
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
