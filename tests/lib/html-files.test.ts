import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, htmlFiles } from '../../src/lib/html-files.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('htmlFiles and filesUnder', () => {
  it('lists every HTML file, or every file, under the folder, at any depth, relative to it with /, and no folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'html-files-'));
    for (const file of ['index.html', 'news/2024/a/index.html', 'old.html', 'rss.xml', 'pagefind/x.pf_meta']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    // A folder whose name ends in .html is no page.
    mkdirSync(join(dir, 'archive.html'));
    // A link is listed as one, never followed: a page of its own to no one, yet a place no redirect may take.
    symlinkSync(join(dir, 'old.html'), join(dir, 'linked.html'));
    expect(htmlFiles(dir).sort()).toEqual(['index.html', 'news/2024/a/index.html', 'old.html']);
    expect(filesUnder(dir).sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: 'index.html', plain: true },
      { path: 'linked.html', plain: false },
      { path: 'news/2024/a/index.html', plain: true },
      { path: 'old.html', plain: true },
      { path: 'pagefind/x.pf_meta', plain: true },
      { path: 'rss.xml', plain: true },
    ]);
  });
});
