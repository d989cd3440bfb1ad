import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeModuleFromFile } from '../../../src/build/tuning/store-from-file.ts';

let dir: string;
let storeFile: string;
const store = JSON.stringify([{ news: 1 }, 'a "quoted" line\nand 妇女微家', { '\u2028': '\\' }]);
/** The module Astro builds from the store file: its text inlined. */
const inlined = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

function transform(code: string, id = '\0astro:data-layer-content'): { code: string } | undefined {
  const hook = storeModuleFromFile(storeFile).transform as (code: string, id: string) => { code: string } | undefined;
  return hook(code, id);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-from-file-'));
  storeFile = join(dir, 'data-store.json');
  writeFileSync(storeFile, store);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('storeModuleFromFile', () => {
  it('makes Astro’s inlined store read the same store from its file', async () => {
    const result = transform(inlined(store));
    expect(result?.code).not.toContain('妇女微家');
    const module = join(dir, 'store.mjs');
    writeFileSync(module, result!.code);
    const { default: read } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(read).toEqual(JSON.parse(store));
  });

  it('leaves the module as Astro made it when it is not the file’s text inlined', () => {
    expect(transform(inlined(`${store} `))).toBeUndefined();
    expect(transform('export default new Map()')).toBeUndefined();
    expect(transform(`${inlined(store)};export const more = 1`)).toBeUndefined();
    expect(transform(inlined(store), '/src/pages/index.astro')).toBeUndefined();
    rmSync(storeFile);
    expect(transform(inlined(store))).toBeUndefined();
  });
});
