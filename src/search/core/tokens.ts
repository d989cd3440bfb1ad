/**
 * How folded text (see `fold.ts`) becomes tokens, the units the index and a
 * query are made of, in runs: within a run tokens stand side by side, and a
 * term is found only inside one run.
 *
 * - Every Han character is a token of its own: Chinese has no spaces, so the
 *   index finds a term wherever it stands (see `terms.ts`).
 * - A run of other letters and digits is one token (`ai`, `2023`), a number
 *   keeping its decimal point and the middle dot between digits (`12.5`,
 *   `3·8`); a thousands separator is left out (`1,234` is `1234`).
 * - A unit or currency sign is a token of its own (`100%` is `100` then `%`),
 *   so `100%` finds only 100%, while `100` finds both.
 * - Quotation marks, book-title marks, the middle dot and the enumeration
 *   comma inside a run join what stands either side (`巾帼·家`, `「巾帼·家」`,
 *   `巾帼“聊”亮` are the runs 巾帼家 and 巾帼聊亮), and so does a space
 *   between a Han character and a number (`2023 年` is `2023年`). Any other
 *   punctuation, and any other space, ends a run: parts that stand apart
 *   are never found as one term, and words a reader types apart (`妇联 AI`)
 *   are terms of their own.
 *
 * The same code cuts every page at build time and every query in the
 * browser, so the two always agree.
 */

/** Character classes. */
const SPACE = 1;
const HAN = 2;
const WORD = 3;
const JOIN = 4;
const SIGN = 5;
const OTHER = 6;
const DIGIT = 8;
/** A token (not a character class) that starts with a digit. */
const NUMBER = 16;

/** What stands between two tokens. */
const GAP_NONE = 0;
const GAP_JOIN = 1;
const GAP_SPACE = 2;
const GAP_BREAK = 3;

/** Marks that stand inside names and titles: they join what is either side. */
const JOINERS = '·・•‧、「」『』“”‘’"\'《》〈〉‹›«»';
/** Signs that belong to the number before them, each a token of its own. */
const SIGNS = '%‰‱℃℉°¥$€£';

function classify(char: string): number {
  if (/\s/u.test(char)) return SPACE;
  if (/\p{Script=Han}/u.test(char)) return HAN;
  if (/\p{Nd}/u.test(char)) return WORD | DIGIT;
  if (/[\p{L}\p{N}\p{M}]/u.test(char)) return WORD;
  if (JOINERS.includes(char)) return JOIN;
  if (SIGNS.includes(char)) return SIGN;
  return OTHER;
}

let table: Uint8Array | undefined;

/**
 * The class of every character of the Basic Multilingual Plane, made on
 * first use: the build cuts every page of the site, and a table lookup per
 * character costs a fraction of a regular expression. Characters beyond it
 * are classified one by one.
 */
function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++)
    table[code] = code >= 0xd800 && code <= 0xdfff ? OTHER : classify(String.fromCharCode(code));
  return table;
}

/** Classes of the few characters a query holds, without the whole table (the browser never makes it). */
const seen = new Map<string, number>();
function classOfChar(char: string): number {
  let found = seen.get(char);
  if (found === undefined) seen.set(char, (found = classify(char)));
  return found;
}

/** A token and where it stands in the text it was cut from (UTF-16 offsets). */
export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

/**
 * Token runs of a folded text. `fast` classifies with the whole table (the
 * build, cutting thousands of pages); without it only the characters met are
 * classified (a query in the browser).
 */
export function tokenRuns(text: string, fast = false): string[][] {
  const runs: string[][] = [];
  scanTokens(text, fast ? classTable() : undefined, (token, _start, _end, fresh) => {
    if (fresh) runs.push([token]);
    else runs.at(-1)!.push(token);
  });
  return runs;
}

/** Token runs with each token's place in the text: for marking a match in the text as written. */
export function tokenSpans(text: string): TokenSpan[][] {
  const runs: TokenSpan[][] = [];
  scanTokens(text, undefined, (token, start, end, fresh) => {
    if (fresh) runs.push([{ token, start, end }]);
    else runs.at(-1)!.push({ token, start, end });
  });
  return runs;
}

/** Reads the text once, telling `visit` each token, where it is, and whether it starts a new run. */
function scanTokens(
  text: string,
  classes: Uint8Array | undefined,
  visit: (token: string, start: number, end: number, fresh: boolean) => void,
): void {
  /** What stands between the last token and the next: nothing, joiners (and spaces), only spaces, or a break. */
  let gap: number = GAP_BREAK;
  let lastKind = 0;
  let started = false;
  const push = (token: string, kind: number, start: number, end: number) => {
    // Across a space, only a number and a Han character join (2023 年): words on either side of a space stay apart.
    const joined =
      started &&
      (gap === GAP_NONE ||
        gap === GAP_JOIN ||
        (gap === GAP_SPACE && ((lastKind === HAN && kind === NUMBER) || (lastKind === NUMBER && kind === HAN))));
    visit(token, start, end, !joined);
    started = true;
    lastKind = kind;
    gap = GAP_NONE;
  };
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    const code = text.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
    const char = wide ? text.slice(i, i + 2) : text[i]!;
    const kind = classes && !wide ? classes[code]! : classOfChar(char);
    const base = kind & 7;
    if (base === HAN) {
      i += char.length;
      push(char, HAN, start, i);
    } else if (base === WORD) {
      // A word or number: letters and digits, with a decimal point, middle dot or thousands separator between digits.
      const classOfFirst = kind;
      let token = '';
      let digitLast = false;
      while (i < length) {
        const at = text.charCodeAt(i);
        const wideAt = at >= 0xd800 && at <= 0xdbff && i + 1 < length;
        const c = wideAt ? text.slice(i, i + 2) : text[i]!;
        const k = classes && !wideAt ? classes[at]! : classOfChar(c);
        if ((k & 7) === WORD) {
          token += c;
          digitLast = (k & DIGIT) !== 0;
          i += c.length;
          continue;
        }
        if (digitLast && (c === '.' || c === '·' || c === ',') && isDigit(text, i + 1, classes)) {
          if (c === ',') {
            // A thousands separator: exactly three digits follow, then no further digit.
            let digits = 0;
            while (isDigit(text, i + 1 + digits, classes)) digits++;
            if (digits !== 3) break;
          } else token += c;
          i++;
          continue;
        }
        break;
      }
      push(token, (classOfFirst & DIGIT) !== 0 ? NUMBER : WORD, start, i);
    } else if (base === SIGN) {
      i += char.length;
      push(char, SIGN, start, i);
    } else {
      if (base === JOIN) {
        if (gap !== GAP_BREAK) gap = GAP_JOIN;
      } else if (base === SPACE) {
        if (gap === GAP_NONE) gap = GAP_SPACE;
      } else gap = GAP_BREAK;
      i += char.length;
    }
  }
}

function isDigit(text: string, at: number, classes: Uint8Array | undefined): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  const kind = classes && (code < 0xd800 || code > 0xdfff) ? classes[code]! : classOfChar(text[at]!);
  return (kind & DIGIT) !== 0;
}
