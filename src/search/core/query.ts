import type { Fold } from './fold.ts';
import { termWords } from './tokens.ts';

const SEPARATORS = /[\s\p{P}\p{S}]+/u;

export interface ParsedQuery {
  /** Folded terms as typed, split at spaces and punctuation; every result contains each of them. */
  terms: string[];
  /** Pagefind's ranked search over every word of every term: it orders the results. */
  ranked: string;
  /** Pagefind exact searches, one per term whose words must stand in a row. */
  phrases: string[];
  /** Some term cannot be fully expressed to Pagefind (see `TermWords.loose`). */
  loose: boolean;
}

/**
 * What a reader typed, as Pagefind searches: folded to the index's script,
 * split into terms, each term turned into the words it is indexed as.
 * Undefined when nothing searchable is left.
 */
export function parseQuery(query: string, fold: Fold): ParsedQuery | undefined {
  const terms = [...new Set(fold(query.normalize('NFC')).split(SEPARATORS).filter(Boolean))];
  if (terms.length === 0) return undefined;
  const words = terms.map(termWords);
  return {
    terms,
    ranked: [...new Set(words.flatMap((term) => term.words))].join(' '),
    phrases: words.flatMap((term) => (term.phrase ? [`"${term.phrase.join(' ')}"`] : [])),
    loose: words.some((term) => term.loose),
  };
}

/**
 * The ranked results that the exact searches also found, in ranked order:
 * a term of two or more characters counts only where it stands whole, never
 * where its characters merely occur apart.
 */
export function keepExact<T extends { id: string }>(ranked: T[], exact: Iterable<{ id: string }>[]): T[] {
  const sets = exact.map((results) => new Set([...results].map((result) => result.id)));
  return ranked.filter((result) => sets.every((ids) => ids.has(result.id)));
}

/** True when the folded text contains every term as written: the check a shown result must pass. */
export function containsTerms(foldedText: string, terms: string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}
