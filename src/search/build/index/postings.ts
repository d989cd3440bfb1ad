import { fields, type Field } from '../../model.ts';
import { forEachGram, tokenHash, type TokenHash } from '../../core/terms.ts';

/** Most pages one shard may hold: a page's number within its shard takes 11 bits of a posting. */
export const MAX_SHARD_DOCS = 2048;
const DOC_BITS = 11;
const TWO_21 = 2 ** 21;

/**
 * The terms of a shard's pages, as postings: for each field, one (term,
 * page) pair per term a page holds, each page once. A pair is a 64-bit
 * number in two 32-bit halves — the term's 53-bit key above the page's
 * 11-bit number — so that a native sort of the halves read as 64-bit
 * integers puts them in term order, pages ascending: a thousand pages of
 * twelve kilobytes make millions of pairs, and objects or strings per pair
 * would cost many times the memory and time.
 */
export class Postings {
  readonly #pairs = new Map<Field, Uint32Array>();
  readonly #lengths = new Map<Field, number>();
  /** Keys of the page being added, one field at a time, before they are made unique. */
  #scratch = new Float64Array(4096);
  readonly #hashes = new Map<string, TokenHash>();

  /** A token's hashes, worked out once per shard. */
  hash(token: string): TokenHash {
    let found = this.#hashes.get(token);
    if (!found) this.#hashes.set(token, (found = tokenHash(token)));
    return found;
  }

  /** Lists page `doc` under every term of `runs` (tokens, in runs), in `field`. */
  add(field: Field, doc: number, runs: readonly (readonly string[])[]): void {
    if (doc >= MAX_SHARD_DOCS) throw new Error(`a search shard holds at most ${MAX_SHARD_DOCS} pages`);
    let count = 0;
    const hashed = runs.map((run) => run.map((token) => this.hash(token)));
    forEachGram(hashed, (key) => {
      if (count === this.#scratch.length) {
        const grown = new Float64Array(count * 2);
        grown.set(this.#scratch);
        this.#scratch = grown;
      }
      this.#scratch[count++] = key;
    });
    const keys = this.#scratch.subarray(0, count).sort();
    let pairs = this.#pairs.get(field) ?? new Uint32Array(1 << 16);
    let length = this.#lengths.get(field) ?? 0;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      if (i > 0 && key === keys[i - 1]) continue;
      if (length + 2 > pairs.length) {
        const grown = new Uint32Array(pairs.length * 2);
        grown.set(pairs);
        pairs = grown;
      }
      // Little-endian halves of one 64-bit number: low (key's last 21 bits, then the page), high (key's first 32).
      pairs[length++] = ((key % TWO_21) * 2 ** DOC_BITS + doc) >>> 0;
      pairs[length++] = Math.floor(key / TWO_21);
    }
    this.#pairs.set(field, pairs);
    this.#lengths.set(field, length);
  }

  /**
   * Each field's pairs with pages renumbered by `order` (old number → new),
   * sorted by term, then page.
   */
  sorted(order: ArrayLike<number>): Map<Field, BigUint64Array> {
    const out = new Map<Field, BigUint64Array>();
    for (const field of fields) {
      const length = this.#lengths.get(field) ?? 0;
      const pairs = (this.#pairs.get(field) ?? new Uint32Array(0)).slice(0, length);
      for (let i = 0; i < length; i += 2) {
        const low = pairs[i]!;
        pairs[i] = (low - (low % 2 ** DOC_BITS) + order[low % 2 ** DOC_BITS]!) >>> 0;
      }
      out.set(field, new BigUint64Array(pairs.buffer, 0, length / 2).sort());
    }
    return out;
  }
}

/** A pair's term key and page, from its two 32-bit halves. */
export function keyOf(low: number, high: number): number {
  return high * TWO_21 + Math.floor(low / 2 ** DOC_BITS);
}

export function docOf(low: number): number {
  return low % 2 ** DOC_BITS;
}
