import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/html-files.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('htmlFiles', () => {
  it('lists every HTML file under the folder, at any depth, relative to it with /', () => {
    dir = mkdtempSync(join(tmpdir(), 'html-files-'));
    for (const file of ['index.html', 'news/2024/a/index.html', 'old.html', 'rss.xml', 'pagefind/x.pf_meta']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    // A folder whose name ends in .html is no page.
    mkdirSync(join(dir, 'archive.html'));
    expect(htmlFiles(dir).sort()).toEqual(['index.html', 'news/2024/a/index.html', 'old.html']);
  });
});
