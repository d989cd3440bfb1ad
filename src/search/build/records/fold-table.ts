import { toSimplified } from '../../../lib/script.ts';
import { createFold, formatFoldPairs, type Fold } from '../../core/fold.ts';

/**
 * Code points the fold covers: every CJK ideograph block (with the
 * compatibility ideographs, which NFKC maps onto unified ones) and the
 * full-width ASCII forms a Chinese input method types (Ｆ, ２).
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff01, 0xff5e],
  [0x20000, 0x2ebef],
  [0x2f800, 0x2fa1f],
];

/**
 * Every character whose search key differs from itself, with that key: its
 * simplified form, character by character, through the same OpenCC tables
 * the site converts with. Built once per build (about half a second).
 *
 * Character by character rather than by phrase, so that a query of any
 * length folds exactly as the text it should find did. Where one traditional
 * character stands for two simplified ones the key merges them (著 and 着
 * both fold to 着): a search key may be coarser than the language, never
 * inconsistent.
 */
export function buildFoldMap(): Map<string, string> {
  const direct = new Map<string, string>();
  for (const [first, last] of RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      const key = Array.from(toSimplified(char.normalize('NFKC')).toLowerCase());
      if (key.length === 1 && key[0] !== char) direct.set(char, key[0]!);
    }
  }
  // A few chains (麼 → 么 → 幺) are followed to their end, so that folding is idempotent.
  const map = new Map<string, string>();
  for (const [char, first] of direct) {
    let key = first;
    const seen = new Set([char]);
    while (direct.has(key) && !seen.has(key)) {
      seen.add(key);
      key = direct.get(key)!;
    }
    if (key !== char) map.set(char, key);
  }
  return map;
}

export interface SearchFold {
  fold: Fold;
  /** The whole map as a pairs string (`formatFoldPairs`): how worker threads get the fold without OpenCC. */
  pairs: string;
  /**
   * The pairs the browser needs to fold queries for this site: every
   * character whose key occurs in the indexed text. A character whose key
   * occurs nowhere cannot match anything, folded or not.
   */
  pairsFor: (indexedText: Iterable<string>) => string;
}

export function buildSearchFold(): SearchFold {
  const map = buildFoldMap();
  return {
    fold: createFold(map),
    pairs: formatFoldPairs(map),
    pairsFor: (indexedText) => {
      const present = new Set<string>();
      for (const text of indexedText) for (const char of text) present.add(char);
      return formatFoldPairs(new Map([...map].filter(([, key]) => present.has(key))));
    },
  };
}
