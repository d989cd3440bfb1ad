import * as OpenCC from 'opencc-js';
import type { Script } from '../schemas/shared.ts';

// OpenCC's Taiwan-standard tables: the forms traditional-script federations publish in.
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function toTraditional(text: string): string {
  return toHant(text);
}

export function toSimplified(text: string): string {
  return toHans(text);
}

/** Renders UI text in the script of the page it appears on. */
export function inScript(text: string, script: Script): string {
  return script === 'zh-Hant' ? toHant(text) : text;
}
