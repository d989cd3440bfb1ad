import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, fitFontSize, renderShareCard, shareCardSvg } from '../../src/lib/share-card.ts';

const card = { name: 'jilin', title: '吉林市', subtitle: '吉林市妇女联合会', footer: '巾帼之窗' };

describe('fitFontSize', () => {
  it('keeps short names at the largest size and shrinks long lines to fit', () => {
    expect(fitFontSize('吉林市', 72)).toBe(72);
    expect(fitFontSize('城市妇联新闻、品牌项目与巾帼典型', 34)).toBe(32);
    expect(fitFontSize('妇'.repeat(100), 34)).toBe(12);
  });
});

describe('shareCardSvg', () => {
  it('writes the names, escaped, when a Chinese font is there', () => {
    const svg = shareCardSvg({ ...card, subtitle: '妇联 & <家>' });
    expect(svg).toContain('>吉林市</text>');
    expect(svg).toContain('>妇联 &amp; &lt;家&gt;</text>');
    expect(svg).toContain('>巾帼之窗</text>');
  });

  it('draws the emblem alone without one', () => {
    expect(shareCardSvg(card, false)).not.toContain('<text');
  });
});

describe('renderShareCard', () => {
  it('renders a square PNG big enough for WeChat', async () => {
    const png = await renderShareCard(card, false);
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: CARD_SIZE, height: CARD_SIZE });
  });

  it('hands sharp one card at a time, however many pages ask at once', async () => {
    const cards = ['jilin', 'tianshui', 'qinzhou', 'site'].map((name) => renderShareCard({ ...card, name }, false));
    // Let the first card start; sharp counts a render from the moment it is handed over until it is done.
    await new Promise((resolve) => setImmediate(resolve));
    const { queue, process } = sharp.counters();
    expect(queue + process).toBeLessThanOrEqual(1);
    expect(new Set((await Promise.all(cards)).map((png) => png.toString('base64'))).size).toBe(1);
  });
});
