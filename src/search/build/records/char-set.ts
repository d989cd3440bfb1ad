/**
 * The characters a shard's folded text holds, for the browser's fold table.
 * A shard reads hundreds of thousands of characters from a handful of
 * thousand distinct ones: a flag per unit of the Basic Multilingual Plane
 * cost a fraction of adding every character to a `Set` (docs/performance.md).
 */
export class CharSet {
  readonly #bmp = new Uint8Array(0x10000);
  readonly #wide = new Set<string>();

  add(text: string): void {
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code >= 0xd800 && code <= 0xdbff && (text.codePointAt(at) ?? 0) > 0xffff) {
        this.#wide.add(text.slice(at, at + 2));
        at++;
      } else this.#bmp[code] = 1;
    }
  }

  /** The characters, each once, in code point order. */
  toString(): string {
    let out = '';
    for (let code = 0; code < 0x10000; code++) if (this.#bmp[code] === 1) out += String.fromCharCode(code);
    return out + [...this.#wide].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  }
}
