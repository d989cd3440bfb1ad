import type { ImageMetadata } from 'astro';
import type { SiteConfig } from '../config/site.ts';
import { files } from './urls.ts';

/** WeChat falls back to the first picture in the page at least this big on both sides. */
export const SHARE_IMAGE_MIN = 300;
/** Wide enough for a sharp thumbnail, small enough for a hidden early fetch on a weak network. */
export const SHARE_IMAGE_WIDTH = 600;
/** Name of the site-wide generated card, beside one per city; no pinyin city id can be `site`. */
export const SITE_CARD = 'site';

export interface OwnImage {
  src: ImageMetadata;
  alt: string;
}

export type ShareImageChoice =
  /** The page's own cover, portrait or logo, resized at build. */
  | { kind: 'asset'; src: ImageMetadata; alt: string }
  /** A file served as is: a generated card, or the configured default. */
  | { kind: 'file'; path: string; alt: string };

export interface ShareImageInput {
  /** The page's own picture, if it has one. */
  own?: OwnImage;
  /** The city section the page belongs to. */
  city?: { id: string; name: string };
}

/** A picture WeChat accepts: a raster at least 300×300. */
export function isShareable(image: ImageMetadata): boolean {
  return image.format !== 'svg' && image.width >= SHARE_IMAGE_MIN && image.height >= SHARE_IMAGE_MIN;
}

/**
 * The picture a shared link shows: the page's own if it is big enough, else
 * its city's card, else the configured site picture, else the site card.
 */
export function chooseShareImage(
  { own, city }: ShareImageInput,
  config: Pick<SiteConfig, 'name' | 'shareImage'>,
): ShareImageChoice {
  if (own && isShareable(own.src)) return { kind: 'asset', src: own.src, alt: own.alt };
  if (city) return { kind: 'file', path: files.shareCard(city.id), alt: city.name };
  if (config.shareImage) return { kind: 'file', path: config.shareImage, alt: config.name };
  return { kind: 'file', path: files.shareCard(SITE_CARD), alt: config.name };
}

/** Width to resize an own picture to: about 600 px, never upscaled, never shorter than 300 px. */
export function shareImageWidth({ width, height }: { width: number; height: number }): number {
  const keepsMinHeight = Math.ceil((SHARE_IMAGE_MIN * width) / height);
  return Math.min(width, Math.max(SHARE_IMAGE_WIDTH, keepsMinHeight));
}
