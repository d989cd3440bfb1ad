/**
 * Reading what a reader typed in Latin letters as pinyin: `jilinsijie` as
 * ji lin si jie, `jlsj` as the initials of four characters. The syllables
 * come from the build (every syllable the pinyin library knows, toneless,
 * ü written v), so the browser needs no dictionary.
 */

/** Splits letters into pinyin syllables, fewest syllables first; undefined when they are not pinyin. */
export function splitPinyin(letters: string, syllables: ReadonlySet<string>): string[] | undefined {
  if (!/^[a-z]+$/.test(letters)) return undefined;
  // best[i]: the fewest syllables that spell letters[i..], and the first of them.
  const best: ({ count: number; first: string } | undefined)[] = new Array(letters.length + 1);
  best[letters.length] = { count: 0, first: '' };
  for (let i = letters.length - 1; i >= 0; i--) {
    // Syllables are at most six letters long (zhuang, shuang).
    for (let size = Math.min(6, letters.length - i); size >= 1; size--) {
      const syllable = letters.slice(i, i + size);
      const rest = best[i + size];
      if (!rest || !syllables.has(syllable)) continue;
      if (!best[i] || rest.count + 1 < best[i]!.count) best[i] = { count: rest.count + 1, first: syllable };
    }
  }
  if (!best[0]) return undefined;
  const out: string[] = [];
  for (let i = 0; i < letters.length;) {
    const { first } = best[i]!;
    out.push(first);
    i += first.length;
  }
  return out;
}

/** The initials a reader may type for a name: letters only, at least two (one letter would find nearly anything). */
export function asInitials(letters: string): string[] | undefined {
  return /^[a-z]{2,}$/.test(letters) ? Array.from(letters) : undefined;
}

/** The initial of a syllable, as people type it: its first letter (zh, ch and sh are z, c and s). */
export function initialOf(syllable: string): string {
  return syllable[0] ?? '';
}
