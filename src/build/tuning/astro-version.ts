import { createRequire } from 'node:module';

/** The Astro the build runs on, for the warning a tweak gives when Astro no longer works the way it was made for. */
export const astroVersion: string = (createRequire(import.meta.url)('astro/package.json') as { version: string })
  .version;
