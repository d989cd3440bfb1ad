import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { afterContentChecks } from './content-guard/checked-loader.ts';
import { buildOptions } from './options.ts';
import { holdStoreWrites } from './tuning/held-store-writes.ts';
import { packRenderedHtml } from './tuning/packed-store.ts';

/**
 * The loader of one collection (`src/content.config.ts`): Astro's `glob`,
 * without the Markdown sources (pages show the rendered HTML only;
 * retaining them would double the content store a build loads), with the
 * rendered HTML kept packed (`tuning/packed-store.ts`), loading while the
 * content checks run and answering once they have passed
 * (`content-guard/checked-loader.ts`), the store written once it has
 * (`tuning/held-store-writes.ts`).
 */
export function contentLoader({ base, pattern }: { base: string; pattern: string }): Loader {
  const { tuning } = buildOptions;
  const loader = glob({ base, pattern, retainBody: false });
  const checked = afterContentChecks(tuning['packed-store'] ? packRenderedHtml(loader) : loader);
  return tuning['held-store-writes'] ? holdStoreWrites(checked) : checked;
}
