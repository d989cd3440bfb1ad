/**
 * The search key of a text: every character replaced by the one it is
 * searched as. 執委 and 执委 both fold to 执委, Ｆ to f, so a query written in
 * either script finds an entry written in the other.
 *
 * A fold maps one code point to exactly one code point. Positions therefore
 * line up between a text and its key, which is what lets a match found in the
 * key be highlighted in the text as it was written.
 *
 * This module runs in the browser: it holds no dictionary, only the pairs the
 * build hands it (see `fold-table.ts`).
 */
export type Fold = (text: string) => string;

/** Parses pairs written as one string, `婦妇聯联…`: each character followed by its key. */
export function parseFoldPairs(pairs: string): Map<string, string> {
  const chars = Array.from(pairs);
  if (chars.length % 2 !== 0) throw new Error('Fold pairs must have an even number of characters');
  const map = new Map<string, string>();
  for (let i = 0; i < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** Writes a map as the pairs string `parseFoldPairs` reads, in code point order so builds are reproducible. */
export function formatFoldPairs(map: Map<string, string>): string {
  return [...map]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([from, to]) => from + to)
    .join('');
}

/** A fold over the given character map; ASCII letters are lowercased as well, as the index does. */
export function createFold(map: Map<string, string>): Fold {
  // One regular expression over the mapped characters: a build folds every page, and a loop
  // of string concatenation per character costs several times as much at ten thousand pages.
  const escape = (char: string) => `\\u{${char.codePointAt(0)!.toString(16)}}`;
  const mapped = [...map.keys()].map(escape).join('');
  const pattern = new RegExp(mapped ? `[${mapped}A-Z]` : '[A-Z]', 'gu');
  return (text) => text.replace(pattern, (char) => map.get(char) ?? char.toLowerCase());
}
