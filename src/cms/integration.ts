import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDecap, decapDist, VENDOR_PATH } from './vendor.ts';

/** Set by `npm run admin`: the git repository the local backend edits. */
export const LOCAL_REPO_ENV = 'JINGUO_ADMIN_REPO';

/**
 * The editor at /admin/: Decap CMS's bundle from node_modules served by the dev server and copied into every
 * build, and — under `npm run admin` only — decap-server's local git backend on the dev server's own origin.
 */
export function cmsAdmin(): AstroIntegration {
  return {
    name: 'jinguo:cms-admin',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const { dir, files } = decapDist();
        server.middlewares.use(VENDOR_PATH, (request, response, next) => {
          const file = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
          if (!files.includes(file)) return next();
          response.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
          createReadStream(join(dir, file)).pipe(response);
        });
        const repo = process.env[LOCAL_REPO_ENV];
        if (!repo) return;
        if (!existsSync(join(repo, '.git'))) throw new Error(`${repo} 不是 git 仓库`);
        const { localBackend } = await import('./local-backend.ts');
        server.middlewares.use(await localBackend(repo));
        logger.info(`本地模式:编辑器直接修改 ${repo} 里的文件,每次保存是一次提交。`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = copyDecap(fileURLToPath(dir));
        logger.info(`编辑器:Decap CMS 的 ${count} 个文件已复制到 ${VENDOR_PATH}`);
      },
    },
  };
}
