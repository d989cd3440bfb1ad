import { pinyin } from 'pinyin-pro';
import { initialOf } from '../../core/pinyin.ts';

/**
 * Names as pinyin, for the index's pinyin and initials fields, through
 * pinyin-pro (readings in context: 银行 is yin hang, 行走 xing zou). A name
 * is read as runs of syllables, one per Han character; anything else
 * between them ends a run, as a breaking mark ends a run of tokens.
 */
export interface NameSounds {
  syllables: string[][];
  initials: string[][];
}

const HAN = /\p{Script=Han}/u;

/**
 * The syllables (toneless, ü as v) of each run of Han characters in a
 * folded name; a person's name with its first characters read as a surname.
 */
export function nameSounds(folded: string, person: boolean): NameSounds {
  const syllables: string[][] = [];
  let run: string[] = [];
  const readings = pinyin(folded, { toneType: 'none', type: 'all', v: true, ...(person ? { surname: 'head' } : {}) });
  for (const { origin, pinyin: reading } of readings) {
    if (HAN.test(origin) && /^[a-z]+$/.test(reading)) run.push(reading);
    else if (run.length > 0) {
      syllables.push(run);
      run = [];
    }
  }
  if (run.length > 0) syllables.push(run);
  return { syllables, initials: syllables.map((sounds) => sounds.map(initialOf)) };
}

/**
 * The characters of GB 2312 (the 6,763 in everyday use, read from the
 * runtime's own GBK decoder), for the browser's tables of syllables and
 * homophones: every character a reader is likely to type.
 */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let high = 0xb0; high <= 0xf7; high++)
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (HAN.test(char) && Array.from(char).length === 1) chars.push(char);
    }
  return chars;
}

export interface Readings {
  /** Every syllable of everyday characters, sorted: what the browser splits typed letters into. */
  syllables: string[];
  /** For each syllable, the everyday characters read so (any of their readings). */
  homophones: Map<string, string>;
}

/** Made once per build (about a quarter of a second). */
export function everydayReadings(): Readings {
  const homophones = new Map<string, string>();
  for (const char of commonCharacters())
    for (const reading of pinyin(char, { toneType: 'none', type: 'array', v: true, multiple: true }))
      if (/^[a-z]+$/.test(reading)) homophones.set(reading, (homophones.get(reading) ?? '') + char);
  return { syllables: [...homophones.keys()].sort(), homophones };
}
