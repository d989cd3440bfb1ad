import { describe, expect, it } from 'vitest';
import { packHtml, packHtmlOffThread, unpackHtml } from '../../../src/build/tuning/packed-html.ts';

const article = `<h2>吉林四姐</h2>\n<p>${'吉林市妇联组织巧姐开展家政技能培训,五十名妇女参加。'.repeat(40)}</p>\n<p>𠮷 and ASCII</p>`;

describe('packHtml', () => {
  it('gives back the same HTML, characters beyond the BMP included', async () => {
    expect(await unpackHtml(packHtml(article))).toBe(article);
    expect(await unpackHtml(packHtml(''))).toBe('');
  });

  it('packs Chinese HTML into fewer bytes, all of them ASCII', () => {
    const packed = packHtml(article);
    expect(packed).toMatch(/^[\x20-\x7e]+$/);
    expect(Buffer.byteLength(packed)).toBeLessThan(Buffer.byteLength(article) / 2);
  });

  it('packs off the calling thread to the same value', async () => {
    expect(await packHtmlOffThread(article)).toBe(packHtml(article));
  });

  it('leaves HTML that was never packed as it is', async () => {
    expect(await unpackHtml('<p>br64: is only a prefix when it starts the value</p>')).toBe(
      '<p>br64: is only a prefix when it starts the value</p>',
    );
  });
});
