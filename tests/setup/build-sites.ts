import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../support/astro-cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the bundled sample site, built once for every site test. */
    sampleDist: string;
    /** `dist/` of the small fixture site in tests/fixtures/site. */
    fixtureDist: string;
  }
}

const sites = {
  sampleDist: { contentDir: 'content', outDir: join(projectRoot, 'tests/.tmp/sample-dist') },
  fixtureDist: {
    contentDir: join(projectRoot, 'tests/fixtures/site/content'),
    outDir: join(projectRoot, 'tests/.tmp/fixture-dist'),
  },
} as const;

/** Builds each site once before the build-output and browser tests read them. */
export default function setup(project: TestProject): void {
  for (const [name, site] of Object.entries(sites) as [keyof typeof sites, (typeof sites)[keyof typeof sites]][]) {
    rmSync(site.outDir, { recursive: true, force: true });
    const { status, output } = buildSite(site);
    if (status !== 0) throw new Error(`Building ${site.contentDir} failed (exit code ${status}):\n${output.trim()}`);
    project.provide(name, site.outDir);
  }
}
