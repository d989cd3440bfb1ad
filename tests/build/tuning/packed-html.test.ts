import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isPacked,
  packHtml,
  packHtmlSync,
  prunePackedHtml,
  unpackHtml,
} from '../../../src/build/tuning/packed-html.ts';

const article = `<h2>吉林四姐</h2>\n<p>${'吉林市妇联组织巧姐开展家政技能培训,五十名妇女参加。'.repeat(40)}</p>\n<p>𠮷 and ASCII</p>`;

let folder: string;
beforeEach(() => void (folder = mkdtempSync(join(tmpdir(), 'packed-html-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('packHtml', () => {
  it('gives back the same HTML, characters beyond the BMP included, from a file smaller than the HTML', async () => {
    const packed = await packHtml(article, folder, 'news');
    expect(packed).toMatch(/^brfile:news\/[0-9a-f]{32}\.br$/);
    expect(isPacked(packed)).toBe(true);
    expect(await unpackHtml(packed, folder)).toBe(article);
    expect(await unpackHtml(await packHtml('', folder, 'news'), folder)).toBe('');
    const [file] = readdirSync(join(folder, 'news')).filter((name) => name === packed.split('/')[1]);
    expect(file).toBeDefined();
  });

  it('packs two entries with the same body at once into one file', async () => {
    const [first, second] = await Promise.all([packHtml(article, folder, 'news'), packHtml(article, folder, 'news')]);
    expect(second).toBe(first);
    expect(readdirSync(join(folder, 'news'))).toEqual([first.split('/')[1]]);
  });

  it('makes its folder again when it was deleted while the process ran', async () => {
    await packHtml(article, folder, 'news');
    rmSync(folder, { recursive: true, force: true });
    const packed = await packHtml(article, folder, 'news');
    expect(await unpackHtml(packed, folder)).toBe(article);
  });

  it('names a file by its bytes, on the calling thread to the same name, leaving no temporary file', async () => {
    expect(packHtmlSync(article, folder, 'news')).toBe(await packHtml(article, folder, 'news'));
    expect(await packHtml('<p>另一篇</p>', folder, 'news')).not.toBe(await packHtml(article, folder, 'news'));
    expect(readdirSync(join(folder, 'news')).filter((name) => !name.endsWith('.br'))).toEqual([]);
  });

  it('leaves HTML that was never packed as it is, and reads what builds before kept in the store itself', async () => {
    expect(await unpackHtml('<p>brfile: is only a prefix when it starts the value</p>', folder)).toBe(
      '<p>brfile: is only a prefix when it starts the value</p>',
    );
    const inline = `br64:${brotliCompressSync(article).toString('base64')}`;
    expect(await unpackHtml(inline, folder)).toBe(article);
  });

  it('says in Chinese what to do when the cache lost a file, and never reads a name outside its folder', async () => {
    const packed = await packHtml(article, folder, 'news');
    rmSync(join(folder, packed.slice('brfile:'.length)));
    await expect(unpackHtml(packed, folder)).rejects.toThrow(/构建缓存不完整.*删除缓存文件夹/);
    writeFileSync(join(folder, 'secret'), 'x');
    await expect(unpackHtml('brfile:../secret', folder)).rejects.toThrow(/正文文件名不对/);
  });
});

describe('prunePackedHtml', () => {
  it('deletes the files of a collection that no entry names any more, and only those', async () => {
    const kept = await packHtml(article, folder, 'news');
    const dropped = await packHtml('<p>改过以前的正文</p>', folder, 'news');
    const other = await packHtml('<p>人物</p>', folder, 'people');
    writeFileSync(join(folder, 'news', 'stopped.br.123.tmp'), 'half');
    await prunePackedHtml(folder, 'news', [kept, '<p>unpacked</p>']);
    expect(existsSync(join(folder, kept.slice('brfile:'.length)))).toBe(true);
    expect(existsSync(join(folder, dropped.slice('brfile:'.length)))).toBe(false);
    expect(existsSync(join(folder, other.slice('brfile:'.length)))).toBe(true);
    expect(readdirSync(join(folder, 'news'))).toHaveLength(1);
  });
});
