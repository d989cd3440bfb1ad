import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanPages } from '../../../../src/search/build/records/page-scan.ts';
import { pageHash } from '../../../../src/search/build/records/site-pages.ts';

let dir: string;
const write = (file: string, html: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), html);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-scan-'));
  write('people/b/index.html', '<main data-record="person">乙</main>');
  write('news/index.html', '<main>列表 data-recor</main>');
  write('news/2024/a/index.html', '<main data-record="news">甲</main>');
  write('news/2024/a/cover.svg', '<svg data-record="x"/>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scanPages', () => {
  it('lists the HTML pages holding the marker, in path order', () => {
    const pages = scanPages(dir, 'data-record', pageHash);
    expect(pages.map((page) => page.file)).toEqual(['news/2024/a/index.html', 'people/b/index.html']);
  });

  it('hashes each page’s bytes as the text hash does, so keys agree however a page was read', () => {
    const [page] = scanPages(dir, 'data-record', pageHash);
    expect(page!.hash).toBe(pageHash('<main data-record="news">甲</main>'));
  });

  it('lists one folder’s pages under their paths from the build folder, and none of a folder not there', () => {
    write('news/2023/c/index.html', '<main data-record="news">丙</main>');
    expect(scanPages(dir, 'data-record', pageHash, 'news/2024').map((page) => page.file)).toEqual([
      'news/2024/a/index.html',
    ]);
    expect(scanPages(dir, 'data-record', pageHash, 'news/2019')).toEqual([]);
  });
});
