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
  // A flag per UTF-16 unit of the Basic Multilingual Plane says which characters change, so that
  // the text is read once with one array lookup per unit: a build folds every page of the site,
  // and a regular expression over thousands of mapped characters cost many times as much.
  const changes = new Uint8Array(0x10000);
  for (let code = 0x41; code <= 0x5a; code++) changes[code] = 1;
  for (const char of map.keys()) changes[char.length === 1 ? char.charCodeAt(0) : char.charCodeAt(0) & 0xfc00] = 1;
  const keyOf = (char: string) => map.get(char) ?? char.toLowerCase();
  return (text) => {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A character outside the BMP comes as two units; such characters share the flag at 0xd800.
      const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
      if (changes[wide ? 0xd800 : code] !== 1) continue;
      const char = wide ? text.slice(i, i + 2) : text[i]!;
      const key = wide ? (map.get(char) ?? char) : keyOf(char);
      if (key !== char) {
        out += text.slice(copied, i) + key;
        copied = i + char.length;
      }
      if (wide) i++;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}
