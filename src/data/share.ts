import { getImage } from 'astro:assets';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { site } from '../config/site.ts';
import { CARD_SIZE, type ShareCard } from '../lib/share-card.ts';
import { chooseShareImage, shareImageWidth, SITE_CARD, type ShareImageInput } from '../lib/share-image.ts';
import { getContentIndex } from './entries.ts';

/** The default share pictures drawn at build: one per city, and one for the site unless a file is configured. */
export async function getShareCards(): Promise<ShareCard[]> {
  const content = await getContentIndex();
  const cities = [...content.cities.values()].map((city) => ({
    name: city.id,
    title: city.data.name,
    subtitle: city.data.federation,
    footer: site.name,
  }));
  return site.shareImage ? cities : [{ name: SITE_CARD, title: site.name, subtitle: site.tagline }, ...cities];
}

export interface ShareImage {
  /** Absolute URL, as WeChat and Open Graph want it. */
  url: string;
  /** Site path, for the early `<img>` in the page. */
  path: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** Resolves the picture chosen for a page to a built file with its size. */
export async function getShareImage(input: ShareImageInput): Promise<ShareImage> {
  const choice = chooseShareImage(input, site);
  if (choice.kind === 'asset') {
    const image = await getImage({
      src: choice.src,
      width: shareImageWidth(choice.src),
      format: 'jpeg',
      quality: 75,
      // Logos are often transparent PNGs; WeChat would show the transparency black.
      background: '#ffffff',
    });
    const width = Number(image.attributes.width);
    const height = Number(image.attributes.height);
    return { ...located(image.src), width, height, alt: choice.alt, type: 'image/jpeg' };
  }
  if (choice.path === site.shareImage) {
    // The site guard has already checked the file exists and is big enough.
    const file = join(process.cwd(), 'public', choice.path);
    const { width = 0, height = 0, format } = existsSync(file) ? await sharp(file).metadata() : {};
    return {
      ...located(choice.path),
      width,
      height,
      alt: choice.alt,
      type: `image/${format === 'png' ? 'png' : 'jpeg'}`,
    };
  }
  return { ...located(choice.path), width: CARD_SIZE, height: CARD_SIZE, alt: choice.alt, type: 'image/png' };
}

function located(path: string) {
  return { path, url: new URL(path, site.url).href };
}
