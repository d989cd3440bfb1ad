import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

/** The plain recipe's loader, in place of `src/build/content-loader.ts`: Astro's `glob` with its defaults. */
export function contentLoader({ base, pattern }: { base: string; pattern: string }): Loader {
  return glob({ base, pattern });
}
