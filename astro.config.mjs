// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { jinguo } from './src/build/jinguo.ts';
import { buildOptions } from './src/build/options.ts';
import { site } from './src/config/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Several pages at once, so that file writes overlap rendering (docs/performance.md).
  build: { format: 'directory', concurrency: 12 },
  integrations: [jinguo(buildOptions)],
  vite: {
    plugins: [tailwindcss()],
    // The benchmark's corpora and builds (100,000+ files) and the tests' builds are no source: watching them in dev
    // ran out of the system's file watchers.
    server: { watch: { ignored: ['**/bench/.work/**', '**/tests/.tmp/**'] } },
  },
  devToolbar: { enabled: false },
  // A rebuild copies every page whose code and props (its `cacheKey`, src/lib/cache-key.ts) are unchanged.
  experimental: { incrementalBuild: true },
  cacheDir: buildOptions.cacheDir,
});
