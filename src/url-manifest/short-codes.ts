import { createHash } from 'node:crypto';

/** Letters and digits that cannot be misread when typed from paper: no 0/o, 1/l/i. */
export const SHORT_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** Four characters give 923,521 codes: short enough to print under a QR code and type on a phone. */
export const SHORT_LENGTH = 4;

export const SHORT_CODE = new RegExp(`^[${SHORT_ALPHABET}]{${SHORT_LENGTH},}$`);

/**
 * A code for an entry, derived from its key so that the same content gives the
 * same code on any machine; a code already taken is skipped, never reused.
 */
export function shortCode(key: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const length = SHORT_LENGTH + Math.floor(attempt / 16);
    const digest = createHash('sha256')
      .update(attempt === 0 ? key : `${key}#${attempt}`)
      .digest();
    let code = '';
    for (let index = 0; index < length; index++) code += SHORT_ALPHABET[digest[index]! % SHORT_ALPHABET.length];
    if (!taken.has(code)) return code;
  }
}
