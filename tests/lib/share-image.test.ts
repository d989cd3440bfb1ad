import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import {
  chooseShareImage,
  isShareable,
  SHARE_IMAGE_MIN,
  SHARE_IMAGE_WIDTH,
  shareImageWidth,
} from '../../src/lib/share-image.ts';

const image = (width: number, height: number, format: ImageMetadata['format'] = 'jpg'): ImageMetadata => ({
  src: `/_astro/x.${format}`,
  width,
  height,
  format,
});

const config = { name: '巾帼之窗' };
const city = { id: 'jilin', name: '吉林市' };

describe('isShareable', () => {
  it('wants a raster at least 300 px on both sides', () => {
    expect(isShareable(image(SHARE_IMAGE_MIN, SHARE_IMAGE_MIN))).toBe(true);
    expect(isShareable(image(1200, 299))).toBe(false);
    expect(isShareable(image(299, 1200))).toBe(false);
    expect(isShareable(image(600, 600, 'svg'))).toBe(false);
  });
});

describe('chooseShareImage', () => {
  it('prefers the page’s own picture', () => {
    const own = { src: image(1200, 675), alt: '封面' };
    expect(chooseShareImage({ own, city }, config)).toEqual({ kind: 'asset', src: own.src, alt: '封面' });
  });

  it('falls back to the city card when the own picture is missing or too small', () => {
    const expected = { kind: 'file', path: '/share/jilin.png', alt: '吉林市' };
    expect(chooseShareImage({ city }, config)).toEqual(expected);
    expect(chooseShareImage({ own: { src: image(200, 200), alt: '小图' }, city }, config)).toEqual(expected);
  });

  it('uses the configured site picture, else the site card, on pages of no city', () => {
    expect(chooseShareImage({}, config)).toEqual({ kind: 'file', path: '/share/site.png', alt: '巾帼之窗' });
    expect(chooseShareImage({}, { ...config, shareImage: '/share.jpg' })).toEqual({
      kind: 'file',
      path: '/share.jpg',
      alt: '巾帼之窗',
    });
  });
});

describe('shareImageWidth', () => {
  it('shrinks large pictures to about 600 px wide and never enlarges small ones', () => {
    expect(shareImageWidth({ width: 1200, height: 675 })).toBe(SHARE_IMAGE_WIDTH);
    expect(shareImageWidth({ width: 480, height: 600 })).toBe(480);
  });

  it('keeps a wide banner at least 300 px tall', () => {
    const width = shareImageWidth({ width: 3000, height: 600 });
    expect(width).toBe(1500);
    expect((width * 600) / 3000).toBeGreaterThanOrEqual(SHARE_IMAGE_MIN);
  });
});
