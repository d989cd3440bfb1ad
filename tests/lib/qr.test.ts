import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';
import { decodeQr } from '../support/qr.ts';

describe('qrSvg', () => {
  it.each([
    'https://jinguo.example.cn/s/k2r5/',
    'https://jinguo.example.cn/news/2024/jilin-ponan-xingdong/',
    // Long enough for a larger version with alignment patterns and version information.
    `https://jinguo.example.cn/search/?q=${encodeURIComponent('吉林四姐 巾帼建功 妇女微家 江城家长慧 水城巾帼美')}`,
  ])('draws a code a decoder reads back as %s', async (url) => {
    expect(await decodeQr(qrSvg(url, 'label'))).toBe(url);
  });

  it('is a labelled image, dark on a white square with a quiet zone', () => {
    const svg = qrSvg('https://jinguo.example.cn/s/k2r5/', '扫描 "本页" <二维码> & 打开');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="扫描 &quot;本页&quot; &lt;二维码> &amp; 打开"');
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    // A 33-byte link at level M needs version 3 (29 modules), plus two modules of quiet zone on each side.
    expect(size).toBe(29 + 4);
    expect(svg).toContain(`<path fill="#ffffff" d="M0 0h${size}v${size}H0z"/>`);
    const dark = /<path stroke="#000000" d="([^"]+)"\/>/.exec(svg)?.[1] ?? '';
    // Absolute runs from the path: M starts a row, m moves on from the end of the run before.
    const runs: [number, number, number][] = [];
    let [x, y] = [0, 0];
    for (const [, command, dx, dy, length] of dark.matchAll(/([Mm])(\d+) (\d+(?:\.5)?)h(\d+)/g)) {
      [x, y] = command === 'M' ? [Number(dx), Number(dy)] : [x + Number(dx), y + Number(dy)];
      runs.push([x, y, Number(length)]);
      x += Number(length);
    }
    expect(runs.length).toBeGreaterThan(size);
    expect(runs.map(([, , length]) => length).reduce((a, b) => a + b)).toBeLessThan((size - 4) ** 2);
    for (const [x, y, length] of runs) {
      expect(x).toBeGreaterThanOrEqual(2);
      expect(y).toBeGreaterThanOrEqual(2.5);
      expect(x + length).toBeLessThanOrEqual(size - 2);
      expect(y).toBeLessThan(size - 2);
    }
  });
});
