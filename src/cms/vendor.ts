import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the editor's own code is served from, beside the page that loads it. */
export const VENDOR_PATH = '/admin/vendor/';
export const DECAP_SCRIPT = `${VENDOR_PATH}decap-cms.js`;

/** Decap CMS's prebuilt bundle as npm installed it: its entry, the chunks it loads on demand, and its WebAssembly. */
export function decapDist(): { dir: string; files: string[] } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
  // `cms.js` is the same bundle under another name, and source maps are for Decap's developers.
  const files = readdirSync(dir).filter((file) => /^(?:decap-cms\.js|\d+\.decap-cms\.js|\w+\.wasm)$/.test(file));
  return { dir, files };
}

/** Copies the bundle into the built site's /admin/vendor/: served by the site itself, never from a CDN. */
export function copyDecap(outDir: string): number {
  const { dir, files } = decapDist();
  const target = join(outDir, ...VENDOR_PATH.split('/').filter(Boolean));
  mkdirSync(target, { recursive: true });
  for (const file of files) copyFileSync(join(dir, file), join(target, file));
  return files.length;
}
