import type { Fold } from './fold.ts';
import { splitPinyin } from './pinyin.ts';
import { tokenRuns } from './tokens.ts';
import type { SuggestedName, Suggestions } from '../model.ts';

/** Suggestions shown at most. */
export const MAX_SUGGESTIONS = 3;

function chars(text: string, fold: Fold): string[] {
  return tokenRuns(fold(text)).flat();
}

/** Whether two token lists differ by at most one token added, left out or changed. */
function oneOff(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1).join('\u0001') === b.slice(i + 1).join('\u0001');
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1).join('\u0001') === shorter.slice(i).join('\u0001');
}

/**
 * Names to offer when a query finds nothing (你是不是要找…): entries whose
 * name is one character off what was typed (吉林四妹 → 吉林四姐), or reads the
 * same (吉林四街, every differing character a homophone), or whose pinyin is
 * one letter off typed pinyin. Those that read the same come first, then
 * those one character off, in the index's order; at most three.
 */
export function suggestNames(
  query: string,
  fold: Fold,
  { names, homophones }: Suggestions,
  syllables: ReadonlySet<string>,
): SuggestedName[] {
  const typed = chars(query.normalize('NFC'), fold);
  if (typed.length === 0) return [];
  const readings = new Map<string, Set<string>>();
  for (const [syllable, group] of Object.entries(homophones))
    for (const char of group) {
      const set = readings.get(char) ?? new Set();
      set.add(syllable);
      readings.set(char, set);
    }
  const letters = typed.length === 1 && /^[a-z]+$/.test(typed[0]!) ? typed[0]! : undefined;
  const scored: { name: SuggestedName; score: number; order: number }[] = [];
  names.forEach((name, order) => {
    const own = chars(name.title, fold);
    const sounds = name.sounds.split(' ');
    let score: number | undefined;
    if (letters) {
      const joined = sounds.join('');
      if (letters !== joined && oneOff(Array.from(letters), Array.from(joined))) score = 1;
      else if (
        splitPinyin(letters, syllables) === undefined &&
        oneOff(
          Array.from(letters),
          sounds.map((s) => s[0]!),
        )
      )
        score = 2;
    } else if (own.join('') !== typed.join('')) {
      const sameSound =
        own.length === typed.length &&
        own.length === sounds.length &&
        own.every((char, i) => char === typed[i] || readings.get(typed[i]!)?.has(sounds[i]!));
      if (sameSound) score = 0;
      else if (typed.length >= 2 && oneOff(own, typed)) score = 1;
    }
    if (score !== undefined) scored.push({ name, score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ name }) => name);
}
