import type { BucketEntry } from './format.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import type { Field } from '../model.ts';

/**
 * How a page holds a term, best first: in its title, its summary, its text;
 * then by pinyin, in its title or in a name it carries; then by initials.
 * Results are shown by the worst of their terms' standings: a page whose
 * title holds every term comes first. Pinyin and initials come after every
 * page that holds what was typed as written ("Chinese results first").
 */
export const standings = [
  ['title'],
  ['summary'],
  ['text'],
  ['pinyinTitle'],
  ['pinyinNames'],
  ['initialsTitle'],
  ['initialsNames'],
] as const satisfies readonly (readonly Field[])[];

export type Lookup = (key: number) => BucketEntry | undefined;

/** Pages in every list, from sorted lists; the first list's order. */
function intersect(lists: readonly (ArrayLike<number> | undefined)[]): number[] {
  if (lists.length === 0 || lists.some((list) => !list || list.length === 0)) return [];
  const sorted = [...lists].sort((a, b) => a!.length - b!.length) as ArrayLike<number>[];
  let out = Array.from(sorted[0]!);
  for (const list of sorted.slice(1)) {
    const set = new Set(Array.from(list));
    out = out.filter((page) => set.has(page));
  }
  return out;
}

/** The pages that hold a term, each with its best standing. */
function termStandings(term: QueryTerm, lookup: Lookup): Map<number, number> {
  const best = new Map<number, number>();
  const consider = (keys: readonly number[], field: Field, standing: number) => {
    if (keys.length === 0) return;
    for (const page of intersect(keys.map((key) => lookup(key)?.pages[field])))
      if (!best.has(page) || best.get(page)! > standing) best.set(page, standing);
  };
  standings.forEach(([field], standing) => {
    if (field === 'title' || field === 'summary' || field === 'text') consider(term.literal, field, standing);
    else if (field.startsWith('pinyin')) consider(term.pinyin?.keys ?? [], field, standing);
    else consider(term.initials?.keys ?? [], field, standing);
  });
  return best;
}

export interface Ranked {
  /** Pages that hold every term, best first. */
  pages: number[];
  /** Each page's standing (index into `standings`): the worst of its terms'. */
  standing: Map<number, number>;
}

/**
 * The pages that hold every term of a query, ranked: an entry whose title is
 * exactly what was typed (its own name: 吉林四姐, or jilinsijie) first; then
 * by standing; then in the index's order, which is entries first and news
 * newest first. `names` gives each entry's title length in tokens.
 */
export function rank(query: ParsedQuery, lookup: Lookup, names: ReadonlyMap<number, number>): Ranked {
  let standing: Map<number, number> | undefined;
  for (const term of query.terms) {
    const found = termStandings(term, lookup);
    if (!standing) standing = found;
    else {
      const both = new Map<number, number>();
      for (const [page, value] of standing) {
        const other = found.get(page);
        if (other !== undefined) both.set(page, Math.max(value, other));
      }
      standing = both;
    }
    if (standing.size === 0) break;
  }
  standing ??= new Map();
  const only = query.terms.length === 1 ? query.terms[0]! : undefined;
  const named = (page: number): boolean => {
    const length = names.get(page);
    const held = standing.get(page);
    if (!only || length === undefined) return false;
    if (held === 0) return length === only.tokens.length;
    if (held === 3) return length === only.pinyin?.syllables.length;
    return false;
  };
  const pages = [...standing.keys()].sort((a, b) => {
    const byName = Number(named(b)) - Number(named(a));
    return byName || standing.get(a)! - standing.get(b)! || a - b;
  });
  return { pages, standing };
}
