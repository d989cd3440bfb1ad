/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Astro's Vite config underneath, so tests can import `astro:content` and
 * render components with the Container API. `tests/setup/global-setup.ts`
 * syncs the content store before the unit project runs.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/site/**', 'tests/fixtures/**', '**/node_modules/**'],
          globalSetup: ['tests/setup/global-setup.ts'],
          // A limit that catches a hang, not a slow machine: tests that start processes (the CLI, Pagefind, Astro)
          // took over vitest's default 5 s on a shared two-core machine, and tests time nothing.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          // Build-output and real-browser tests share the sites built once by the global setup.
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          // One Chromium at a time: parallel browsers starve a small CI machine and make timings flaky.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
