import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { afterContentChecks } from './content-guard/checked-loader.ts';
import { buildOptions } from './options.ts';
import { packRenderedHtml } from './tuning/packed-store.ts';

/**
 * The loader of one collection (`src/content.config.ts`): Astro's `glob`,
 * without the Markdown sources (pages show the rendered HTML only;
 * retaining them would double the content store a build loads), with the
 * rendered HTML kept packed (`tuning/packed-store.ts`), loading while the
 * content checks run and answering once they have passed
 * (`content-guard/checked-loader.ts`).
 */
export function contentLoader({ base, pattern }: { base: string; pattern: string }): Loader {
  const loader = glob({ base, pattern, retainBody: false });
  return afterContentChecks(buildOptions.tuning['packed-store'] ? packRenderedHtml(loader) : loader);
}
