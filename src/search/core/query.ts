import type { Fold } from './fold.ts';
import { asInitials, splitPinyin } from './pinyin.ts';
import { termKeys } from './terms.ts';
import { tokenRuns } from './tokens.ts';

/** One term of a query: a run of tokens as typed, and the keys every page that holds it is listed under. */
export interface QueryTerm {
  /** The term's tokens, folded. */
  tokens: string[];
  /** Keys of the term as written, looked up in pages' titles, summaries and text. */
  literal: number[];
  /** Keys of the term read as pinyin syllables (`jilinsijie`), looked up in names' pinyin. */
  pinyin?: { syllables: string[]; keys: number[] };
  /** Keys of the term read as initials (`jlsj`), when it is not pinyin, looked up in names' initials. */
  initials?: { letters: string[]; keys: number[] };
}

export interface ParsedQuery {
  terms: QueryTerm[];
}

/**
 * What a reader typed, as the index looks it up: folded like the pages
 * were, cut into runs of tokens the same way (`tokens.ts`), one term per run
 * (every result holds every term). A term of Latin letters alone may also be
 * pinyin (`jilin`, `jilinsijie`) or, when it is not, initials (`jlsj`).
 * Undefined when nothing searchable is left.
 */
export function parseQuery(query: string, fold: Fold, syllables: ReadonlySet<string>): ParsedQuery | undefined {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const tokens of tokenRuns(fold(query.normalize('NFC')))) {
    const id = tokens.join('\u0001');
    if (seen.has(id)) continue;
    seen.add(id);
    const term: QueryTerm = { tokens, literal: termKeys(tokens) };
    const letters = tokens.length === 1 ? tokens[0]! : '';
    const sounds = splitPinyin(letters, syllables);
    if (sounds) term.pinyin = { syllables: sounds, keys: termKeys(sounds) };
    else {
      const initials = asInitials(letters);
      if (initials) term.initials = { letters: initials, keys: termKeys(initials) };
    }
    terms.push(term);
  }
  return terms.length > 0 ? { terms } : undefined;
}

/** Every key a query looks up, each once. */
export function queryKeys({ terms }: ParsedQuery): number[] {
  return [
    ...new Set(
      terms.flatMap((term) => [...term.literal, ...(term.pinyin?.keys ?? []), ...(term.initials?.keys ?? [])]),
    ),
  ];
}

/** The term as it reads, for messages and for marking it in a result. */
export function termText({ tokens }: QueryTerm): string {
  return tokens.join('');
}
