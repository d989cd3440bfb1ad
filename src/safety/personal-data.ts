import { decodeHTML } from 'entities';

/**
 * Personal numbers — mainland mobile numbers and resident ID numbers — found
 * however they are written: full-width or mixed-width digits, digits split by
 * spaces, dots, dashes (any width) or line breaks, HTML entities or comments
 * inside the number, `+86`/`0086` in front, 15-digit IDs as well as 18-digit
 * ones. Every match is reported with where it starts in the text.
 */
export interface PersonalDataMatch {
  kind: 'mobile' | 'residentId';
  /** Masked, so a message does not repeat the number it warns about. */
  masked: string;
  /** Index in the original text where the number starts. */
  index: number;
}

/** Characters that may stand between the digits of one number: spaces, dots, dashes, brackets, line breaks. */
const SEPARATOR = /[\s.·・\-‐‑‒–—―﹣－_/()（）*~`]/u;
const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;

/**
 * The text reduced to what matters for numbers: each character kept with the
 * index it came from in `text`, after NFKC (full-width digits and letters
 * become ASCII), HTML entities decoded and HTML comments dropped.
 */
function normalised(text: string): { chars: string[]; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code === LESS_THAN && text.startsWith('<!--', index)) {
      const end = text.indexOf('-->', index + 4);
      index = end === -1 ? text.length : end + 3;
      continue;
    }
    if (code === AMPERSAND) {
      const entity = /^&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(text.slice(index, index + 40))?.[0];
      if (entity) {
        for (const char of decodeHTML(entity).normalize('NFKC')) {
          chars.push(char);
          origin.push(index);
        }
        index += entity.length;
        continue;
      }
    }
    // NFKC leaves ASCII and the common ideographs as they are: most of an article's characters skip normalising.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      chars.push(text[index]!);
      origin.push(index);
      index++;
      continue;
    }
    const codePoint = text.codePointAt(index) ?? 0;
    const raw = String.fromCodePoint(codePoint);
    for (const char of raw.normalize('NFKC')) {
      chars.push(char);
      origin.push(index);
    }
    index += raw.length;
  }
  return { chars, origin };
}

/**
 * The digits of `text`, with `+`, and with every run of separators between
 * two digits (or between `+` and a digit) removed: `138 1234-5678`,
 * `１３８．１２３４．５６７８` and `138<!-- -->12345678` all read `13812345678`.
 */
function digitView(text: string): { view: string; origin: number[] } {
  const { chars, origin } = normalised(text);
  const view: string[] = [];
  const viewOrigin: number[] = [];
  let afterDigit = false;
  let index = 0;
  while (index < chars.length) {
    const char = chars[index]!;
    if (afterDigit && SEPARATOR.test(char)) {
      let next = index;
      while (next < chars.length && SEPARATOR.test(chars[next]!)) next++;
      if (isDigit(chars[next])) {
        index = next;
        continue;
      }
    }
    view.push(char);
    viewOrigin.push(origin[index]!);
    afterDigit = isDigit(char) || char === '+';
    index++;
  }
  return { view: view.join(''), origin: viewOrigin };
}

/** One character of the normalised text, an ASCII digit. */
function isDigit(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && char >= '0' && char <= '9';
}

const MOBILE = /(?<![\dA-Za-z])(?:(?:\+|00)?86)?(1[3-9]\d)(\d{4})(\d{4})(?![\d])/g;
const ID_18 = /(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])/g;
const ID_15 = /(?<![\dA-Za-z])(\d{15})(?![\dA-Za-z])/g;

/** Mobile and resident ID numbers in `text`, in any of the notations above, masked. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const { view, origin } = digitView(text);
  const found: PersonalDataMatch[] = [];
  for (const match of view.matchAll(MOBILE)) {
    found.push({ kind: 'mobile', masked: `${match[1]}****${match[3]}`, index: origin[match.index] ?? 0 });
  }
  for (const match of view.matchAll(ID_18)) {
    const id = match[1] ?? '';
    if (isResidentId(id)) {
      found.push({
        kind: 'residentId',
        masked: `${id.slice(0, 6)}********${id.slice(14)}`,
        index: origin[match.index] ?? 0,
      });
    }
  }
  for (const match of view.matchAll(ID_15)) {
    const id = match[1] ?? '';
    if (isOldResidentId(id)) {
      found.push({
        kind: 'residentId',
        masked: `${id.slice(0, 6)}******${id.slice(12)}`,
        index: origin[match.index] ?? 0,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Province codes that begin a resident ID number (GB/T 2260). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

function isDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** GB 11643-1999: a province, a plausible birth date and the ISO 7064 MOD 11-2 check character. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  const year = Number(id.slice(6, 10));
  if (year < 1900 || !isDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return '10X98765432'[sum % 11] === id[17]?.toUpperCase();
}

/** The first-generation 15-digit number (before 1999): a province and a birth date `YYMMDD` in the 1900s. It has no check digit. */
export function isOldResidentId(id: string): boolean {
  if (!/^\d{15}$/.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  return isDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}
