import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanPages, type ScanMemo } from '../../../../src/search/build/records/page-scan.ts';
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
    expect(scanPages(dir, 'data-record', pageHash, { under: 'news/2024' }).map((page) => page.file)).toEqual([
      'news/2024/a/index.html',
    ]);
    expect(scanPages(dir, 'data-record', pageHash, { under: 'news/2019' })).toEqual([]);
  });

  describe('with the findings of earlier scans of the build', () => {
    /** A hash that counts the pages it was given: a page hashed again is a page read again. */
    const counted = () => {
      const hashed: string[] = [];
      const hash = (bytes: Buffer) => (hashed.push(bytes.toString()), pageHash(bytes));
      return { hashed, hash };
    };

    it('reads no unchanged page again, and finds the same pages with the same hashes', () => {
      const memo: ScanMemo = new Map();
      const first = scanPages(dir, 'data-record', pageHash, { under: 'news/2024', memo });
      const { hashed, hash } = counted();
      const again = scanPages(dir, 'data-record', hash, { memo });
      expect(again.find((page) => page.file === 'news/2024/a/index.html')).toEqual(first[0]);
      expect(again).toEqual(scanPages(dir, 'data-record', pageHash));
      // Only the page the first scan, of one folder, did not read.
      expect(hashed).toEqual(['<main data-record="person">乙</main>']);
    });

    it('reads a page again when it was read half-written, or written again since', () => {
      const memo: ScanMemo = new Map();
      write('news/2024/a/index.html', '<main data-record="news">');
      write('news/index.html', '<b>list, no mark</b>');
      scanPages(dir, 'data-record', pageHash, { memo });
      write('news/2024/a/index.html', '<main data-record="news">甲</main>');
      // The same size, with a later modification time, as Astro writing it later would give.
      write('news/index.html', '<b data-record>x</b>');
      const { mtime } = statSync(join(dir, 'news/index.html'));
      utimesSync(join(dir, 'news/index.html'), mtime, new Date(mtime.getTime() + 1000));
      const { hashed, hash } = counted();
      const again = scanPages(dir, 'data-record', hash, { memo });
      expect(again).toEqual(scanPages(dir, 'data-record', pageHash));
      expect(hashed.sort()).toEqual(['<b data-record>x</b>', '<main data-record="news">甲</main>']);
    });
  });
});
