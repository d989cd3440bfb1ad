import * as OpenCC from 'opencc-js';
import type { Script } from '../schemas/shared.ts';

// OpenCC's Taiwan-standard tables: the forms traditional-script federations publish in. Each converter loads its
// dictionaries on first use, not on import: a build's processes import this long before (or without) converting.
let toHant: ((text: string) => string) | undefined;
let toHans: ((text: string) => string) | undefined;

export function toTraditional(text: string): string {
  return (toHant ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text);
}

export function toSimplified(text: string): string {
  return (toHans ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(text);
}

/** Renders UI text in the script of the page it appears on. */
export function inScript(text: string, script: Script): string {
  return script === 'zh-Hant' ? toTraditional(text) : text;
}
