import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readPageIds } from '../../../src/lib/search/pagefind-output.ts';

let bundle: string;

function fragment(id: string, text: string): void {
  mkdirSync(join(bundle, 'fragment'), { recursive: true });
  writeFileSync(join(bundle, 'fragment', `${id}.pf_fragment`), gzipSync(text));
}

afterEach(() => rmSync(bundle, { recursive: true, force: true }));

describe('readPageIds', () => {
  it('maps each URL to the id Pagefind gave its page: the name of its fragment', () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    fragment('und_12dd494', 'pagefind_dcd{"url":"/news/2024/a/","content":"执委 委"}');
    fragment('und_19e79ed', 'pagefind_dcd{"url":"/brands/b/","content":"吉林 林 "}');
    expect(readPageIds(bundle)).toEqual(
      new Map([
        ['/news/2024/a/', 'und_12dd494'],
        ['/brands/b/', 'und_19e79ed'],
      ]),
    );
  });

  it('stops the build when a fragment is not what Pagefind 1.6 writes', () => {
    bundle = mkdtempSync(join(tmpdir(), 'jinguo-pagefind-'));
    fragment('und_1', '{"url":"/a/"}');
    expect(() => readPageIds(bundle)).toThrow(/und_1\.pf_fragment: not a Pagefind 1\.6 fragment/);
    rmSync(join(bundle, 'fragment'), { recursive: true });
    fragment('und_2', 'pagefind_dcd{"content":""}');
    expect(() => readPageIds(bundle)).toThrow(/a Pagefind fragment without a URL/);
  });
});
