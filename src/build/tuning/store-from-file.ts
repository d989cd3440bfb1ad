import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { astroVersion } from './astro-version.ts';

/** Astro's module of the content store, resolved: during a build, the store file's text inlined as one string. */
const STORE_MODULE = '\0astro:data-layer-content';
const INLINED = 'export default JSON.parse(';

/**
 * The content store module made to read Astro's store file when the pages
 * are rendered, instead of carrying the file's text. Astro inlines the store
 * (tens of MB on a large site) into the server bundle as one string literal,
 * which the bundler parses and writes and Node parses again; reading the
 * file instead bundles faster (docs/performance.md). Only a module that is exactly Astro's
 * inlined copy of `storeFile` is replaced, so the pages read the same store;
 * anything else (another Astro, a chunked store) is left as Astro made it.
 */
export function storeModuleFromFile(storeFile: string, replaced: () => void = () => {}): Plugin {
  return {
    name: 'jinguo:store-from-file',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (id !== STORE_MODULE || !code.startsWith(INLINED) || !code.endsWith(')')) return;
      try {
        // Reading the literal back costs about half of writing the file's text as one, to compare.
        if (JSON.parse(code.slice(INLINED.length, -1)) !== readFileSync(storeFile, 'utf8')) return;
      } catch {
        return;
      }
      replaced();
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
        map: { mappings: '' },
      };
    },
  };
}

/**
 * `storeModuleFromFile` for a production build, on the file Astro builds
 * from (`data-store.json` in its cache folder). The built pages are the
 * same; `astro dev` is left alone. Where the module was not replaced (an
 * Astro that writes it otherwise), the build goes on with Astro's own module
 * and says so, naming the Astro version, so that the tweak is mended or
 * dropped rather than kept for nothing (`tests/site/astro-build.test.ts`
 * fails too).
 */
export function storeFromFile(): AstroIntegration {
  let replaced = false;
  return {
    name: 'jinguo:store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [storeModuleFromFile(storeFile, () => (replaced = true))] } });
      },
      'astro:build:done': ({ logger }) => {
        if (!replaced) logger.warn(notReplaced);
      },
    },
  };
}

/** The warning of a build whose content store was bundled as Astro made it. */
export const notReplaced =
  `内容存储模块没有改成从文件读取:Astro ${astroVersion} 写出的 ${JSON.stringify(STORE_MODULE)} 和 ` +
  'src/build/tuning/store-from-file.ts 认得的不同,已按 Astro 原样打包(页面不变,打包慢一些)。';
