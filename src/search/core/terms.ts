/**
 * The terms the index lists pages under, and the terms a query looks up.
 *
 * Every run of tokens (see `tokens.ts`) is indexed as all its pieces of one,
 * two and three tokens: 妇女微家 under 妇, 女, 微, 家, 妇女, 女微, 微家, 妇女微 and
 * 女微家. A page is listed once under each term it holds, without positions,
 * so that a term costs a reader only its list of pages, however often the
 * pages use it. A query term of up to three tokens is one piece, found
 * exactly; a longer one is all its pieces of three (妇女微家 is 妇女微 and
 * 女微家), which a page holds only where the term stands whole, short of
 * the same three-token pieces standing apart (a page must then still show
 * the term to be listed: see `client/engine.ts`).
 *
 * A term is named by a 53-bit number (so that it is exact in a JavaScript
 * number), from two 32-bit hashes of its tokens; the index files a term in
 * the bucket named by the first hash's top bits (`bucketOf`).
 */

/** Longest piece indexed, in tokens. */
export const MAX_GRAM = 3;

const SEED_A = 0x811c9dc5;
const SEED_B = 0x2f6b1e5d;

/** FNV-1a over the UTF-16 units of a token, from a given start. */
function fnv(token: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's final mix: every input bit reaches every output bit. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function combine(hash: number, next: number): number {
  const rotated = ((hash << 13) | (hash >>> 19)) >>> 0;
  return (Math.imul(rotated ^ next, 5) + 0xe6546b64) >>> 0;
}

/** A token's two hashes, as `gramKey` takes them. */
export type TokenHash = readonly [a: number, b: number];

export function tokenHash(token: string): TokenHash {
  return [fnv(token, SEED_A), fnv(token, SEED_B)];
}

const TWO_21 = 2 ** 21;

/** The key of the piece `hashes[from .. from + size)`: a 53-bit number. */
export function gramKey(hashes: readonly TokenHash[], from: number, size: number): number {
  let a = SEED_A ^ size;
  let b = SEED_B ^ size;
  for (let k = from; k < from + size; k++) {
    a = combine(a, hashes[k]![0]);
    b = combine(b, hashes[k]![1]);
  }
  return mix(a) * TWO_21 + (mix(b ^ a) >>> 11);
}

/** The bucket a term is filed in, of `2 ** bits`: the top bits of its first hash. */
export function bucketOf(key: number, bits: number): number {
  return bits === 0 ? 0 : Math.floor(key / 2 ** (53 - bits));
}

/** Calls `visit` with the key of every piece of every run: what a text is indexed under (repeats included). */
export function forEachGram(runs: readonly (readonly TokenHash[])[], visit: (key: number) => void): void {
  for (const run of runs)
    for (let from = 0; from < run.length; from++)
      for (let size = 1; size <= MAX_GRAM && from + size <= run.length; size++) visit(gramKey(run, from, size));
}

/**
 * The keys a query term looks up, every one of which a page must hold: the
 * term itself up to three tokens, else each of its pieces of three.
 */
export function termKeys(tokens: readonly string[]): number[] {
  const hashes = tokens.map(tokenHash);
  if (hashes.length <= MAX_GRAM) return hashes.length === 0 ? [] : [gramKey(hashes, 0, hashes.length)];
  const keys: number[] = [];
  for (let from = 0; from + MAX_GRAM <= hashes.length; from++) keys.push(gramKey(hashes, from, MAX_GRAM));
  return [...new Set(keys)];
}
