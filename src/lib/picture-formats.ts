import type { ImageOutputFormat } from 'astro';

/** The formats every `<Picture>` offers, best first: AVIF where the browser reads it (WeChat's does), else WebP. */
export const pictureFormats: ImageOutputFormat[] = ['avif', 'webp'];
