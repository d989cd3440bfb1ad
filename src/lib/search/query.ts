import type { Fold } from './fold.ts';

const SEPARATORS = /[\s\p{P}]+/u;
const words = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

function wordsOf(term: string): string[] {
  return [...words.segment(term)].filter((part) => part.isWordLike).map((part) => part.segment);
}

function length(text: string): number {
  return Array.from(text).length;
}

export interface ParsedQuery {
  /** The search key Pagefind is asked for. */
  key: string;
  /** Folded terms as typed, split at spaces and punctuation. */
  typed: string[];
  /**
   * What results highlight: each typed term, then the words of two or more
   * characters inside it, longest first. 吉林四姐 highlights 吉林四姐 where it
   * occurs whole and 吉林 elsewhere, never a lone 姐.
   */
  highlight: string[];
  /**
   * The same query as one exact phrase, when it is a single term the
   * browser splits into several words: Pagefind matches those words
   * anywhere on a page, the phrase only where they stand together.
   */
  phrase?: string;
}

export function parseQuery(query: string, fold: Fold): ParsedQuery {
  const key = fold(query.normalize('NFC')).trim();
  const typed = [...new Set(key.split(SEPARATORS).filter(Boolean))];
  const highlight = new Set(typed);
  for (const term of typed) for (const word of wordsOf(term)) if (length(word) >= 2) highlight.add(word);
  const only = typed.length === 1 ? typed[0]! : undefined;
  return {
    key,
    typed,
    highlight: [...highlight].sort((a, b) => length(b) - length(a)),
    ...(only && wordsOf(only).length > 1 ? { phrase: `"${only}"` } : {}),
  };
}

/**
 * Pagefind's ranking, with the results where the query stands as written
 * moved ahead of those that only contain its words here and there. Nothing
 * is dropped: a word the index split differently can still be a real match.
 */
export function phraseMatchesFirst<T extends { id: string }>(
  ranked: T[],
  phraseMatches: Iterable<{ id: string }>,
): T[] {
  const ids = new Set([...phraseMatches].map((result) => result.id));
  return [...ranked.filter((result) => ids.has(result.id)), ...ranked.filter((result) => !ids.has(result.id))];
}
