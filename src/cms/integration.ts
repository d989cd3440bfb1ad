import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOptions } from '../build/options.ts';
import { site } from '../config/site.ts';
import { editorPolicy, withEditorPolicy } from './csp.ts';
import { copyDecap, DECAP_SCRIPT, decapDist, VENDOR_PATH } from './vendor.ts';

/** Set by `npm run admin`: the git repository the local backend edits (read into `buildOptions.adminRepo`). */
export const LOCAL_REPO_ENV = 'JINGUO_ADMIN_REPO';

/**
 * /admin/ as the local mode serves it: the page src/pages/admin/index.astro builds, without the dev server's
 * live-reload client. Every save changes the content folder, and the dev server then reloads every page it
 * serves — the editor would lose its place mid-save.
 */
function devPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>内容管理(本地模式) · ${site.name}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/src/styles/global.css?direct"></head><body><div id="jinguo-admin" data-config="/admin/config.json" data-decap="${DECAP_SCRIPT}"></div><noscript>内容管理需要浏览器打开 JavaScript。</noscript><script type="module" src="/src/cms/client/admin-page.ts"></script></body></html>`;
}

/**
 * The editor at /admin/: Decap CMS's bundle from node_modules served by the dev server and copied into every
 * build, and — under `npm run admin` only — decap-server's local git backend on the dev server's own origin.
 */
export function cmsAdmin(): AstroIntegration {
  return {
    name: 'jinguo:cms-admin',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The editor's page is not an Astro page in the local mode (see devPage), so Vite would find these only on
        // its first visit, re-optimise, and fail the page's modules that were already on their way.
        updateConfig({ vite: { optimizeDeps: { include: ['yaml', 'pinyin-pro', 'opencc-js'] } } });
      },
      'astro:server:setup': async ({ server, logger }) => {
        const { dir, files } = decapDist();
        server.middlewares.use(VENDOR_PATH, (request, response, next) => {
          const file = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
          if (!files.includes(file)) return next();
          response.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
          createReadStream(join(dir, file)).pipe(response);
        });
        const repo = buildOptions.adminRepo;
        if (!repo) return;
        if (!existsSync(join(repo, '.git'))) {
          throw new AstroError(`${repo} 不是 git 仓库`, '本地模式编辑的文件夹要先用 git init 建成仓库。');
        }
        const { localBackend } = await import('./local-backend.ts');
        server.middlewares.use(await localBackend(repo));
        server.middlewares.use('/admin/', (request, response, next) => {
          if (request.method !== 'GET' || !/^\/(?:index\.html)?(?:\?|$)/.test(request.url ?? '')) return next();
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(devPage());
        });
        logger.info(`本地模式:编辑器直接修改 ${repo} 里的文件,每次保存是一次提交。`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const page = join(outDir, 'admin', 'index.html');
        writeFileSync(page, withEditorPolicy(readFileSync(page, 'utf8'), editorPolicy(site)));
        const count = copyDecap(outDir);
        logger.info(`编辑器:Decap CMS 的 ${count} 个文件已复制到 ${VENDOR_PATH}`);
      },
    },
  };
}
