import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { site } from '../config/site.ts';
import { checkSiteConfig, formatConfigProblem, type ConfigProblem } from '../lib/site-config.ts';
import { SHARE_IMAGE_MIN } from '../lib/share-image.ts';

/**
 * Checks src/config/site.ts before the build: a mistyped filing number or a
 * share picture that is missing or too small stops it with the field named.
 */
export function siteGuard(): AstroIntegration {
  return {
    name: 'jinguo:site-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const problems = [...checkSiteConfig(site), ...(await checkShareImageFile(config.publicDir))];
        if (problems.length === 0) return;
        const lines = problems.map(formatConfigProblem);
        if (command === 'build') {
          for (const line of lines) logger.error(line);
          logger.error(`站点设置有 ${problems.length} 个问题,构建已停止。`);
          // As in the content guard: the list is the message, a stack trace would bury it.
          process.exit(1);
        }
        for (const line of lines) logger.warn(line);
      },
    },
  };
}

async function checkShareImageFile(publicDir: URL): Promise<ConfigProblem[]> {
  if (!site.shareImage || checkSiteConfig(site).some((problem) => problem.field === 'shareImage')) return [];
  const file = fileURLToPath(new URL(`.${site.shareImage}`, publicDir));
  if (!existsSync(file)) return [{ field: 'shareImage', message: `找不到图片 public${site.shareImage}` }];
  const { width = 0, height = 0 } = await sharp(file).metadata();
  if (width < SHARE_IMAGE_MIN || height < SHARE_IMAGE_MIN) {
    return [
      {
        field: 'shareImage',
        message: `public${site.shareImage} 只有 ${width}×${height},微信分享图至少要 ${SHARE_IMAGE_MIN}×${SHARE_IMAGE_MIN}`,
      },
    ];
  }
  return [];
}
