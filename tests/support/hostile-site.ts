import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { hostileVariants, type HostileVariant } from '../fixtures/hostile/corpus.ts';
import { projectRoot } from './astro-cli.ts';

/** What the hostile site must never publish: in `secret.txt` and the build's environment. */
export interface Secrets {
  marker: string;
}

/** An SVG that runs script when opened from the site's origin. */
const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';

/** The frontmatter every variant shares: a valid news entry titled after the variant. */
export function variantTitle(variant: HostileVariant): string {
  return `变体 ${variant.id}`;
}

/** The entry file of a variant, as the checker and the build read it. */
export function variantFile(variant: HostileVariant, outside: string): string {
  return `---
title: ${variantTitle(variant)}
date: ${variant.date ?? '2024-03-01'}
city: jilin
summary: 敌意内容测试:${variant.tries.replace(/[:#]/g, ' ')}。
source: { name: 测试, kind: original }
---
${variant.body.replaceAll('{{OUTSIDE}}', outside)}
`;
}

/**
 * Writes a site into `dir`/content with one news entry per hostile variant
 * (and the files some of them reach for), and the secrets beside content/,
 * where nothing may be read from: `secret.txt` holds the marker,
 * `secret.png` is a real picture Astro would gladly publish.
 */
export async function writeHostileSite(
  dir: string,
  variants: readonly HostileVariant[] = hostileVariants,
): Promise<Secrets> {
  const marker = `JINGUO-SECRET-${process.pid}-${Date.now().toString(36)}`;
  const content = join(dir, 'content');
  mkdirSync(join(content, 'cities'), { recursive: true });
  mkdirSync(join(content, 'news', '2024'), { recursive: true });
  copyFileSync(
    join(projectRoot, 'tests/fixtures/content/valid/content/cities/jilin.md'),
    join(content, 'cities', 'jilin.md'),
  );
  writeFileSync(join(dir, 'secret.txt'), `${marker}\n`);
  await sharp({ create: { width: 40, height: 40, channels: 3, background: '#123456' } })
    .png()
    .toFile(join(dir, 'secret.png'));
  for (const variant of variants) {
    const file = join(content, 'news', '2024', `${variant.id}.${variant.format}`);
    writeFileSync(file, variantFile(variant, dir));
    if (variant.id === 'md-image-symlink') symlinkSync(join(dir, 'secret.png'), file.replace(/\.md$/, '.png'));
    if (variant.id === 'md-image-svg') writeFileSync(file.replace(/\.md$/, '.svg'), SCRIPTED_SVG);
  }
  return { marker };
}
