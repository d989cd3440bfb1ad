// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { jinguo } from './src/build/jinguo.ts';
import { buildOptions } from './src/build/options.ts';
import { site } from './src/config/site.ts';
import { safeMarkdownProcessor } from './src/safety/processor.ts';
import { astroCsp } from './src/safety/csp.ts';
import { bootScript } from './src/lib/reading-settings.ts';

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
  // Every body, Markdown and MDX, is cut down to the allowlist of src/safety/ as it is rendered.
  markdown: {
    processor: safeMarkdownProcessor({ embedHosts: site.embedHosts, contentRoot: resolve(buildOptions.contentDir) }),
    // Shiki colours code with inline styles, which the allowlist removes and the CSP would refuse; articles have no code.
    syntaxHighlight: false,
  },
  // A Content-Security-Policy <meta> on every page: the second line of defence behind the allowlist.
  security: { csp: astroCsp({ embedHosts: site.embedHosts, inlineScripts: [bootScript()] }) },
  devToolbar: { enabled: false },
  // A rebuild copies every page whose code and props (its `cacheKey`, src/lib/cache-key.ts) are unchanged.
  experimental: { incrementalBuild: true },
  cacheDir: buildOptions.cacheDir,
});
