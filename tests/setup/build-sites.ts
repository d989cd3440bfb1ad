import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../support/astro-cli.ts';
import { buildRenamedSite, type RenamedSite } from '../support/renamed-site.ts';
import { searchQualityContent } from '../support/search-quality-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the bundled sample site, built once for every site test. */
    sampleDist: string;
    /** `dist/` of the small fixture site in tests/fixtures/site. */
    fixtureDist: string;
    /** The fixture site with a published article renamed, built without and then with an alias. */
    renamedSite: RenamedSite;
    /** `dist/` of the search-quality site: the sample site and the articles of tests/fixtures/search-quality. */
    qualityDist: string;
  }
}

const sites = {
  qualityDist: { contentDir: searchQualityContent, outDir: join(projectRoot, 'tests/.tmp/search-quality-dist') },
  sampleDist: { contentDir: 'content', outDir: join(projectRoot, 'tests/.tmp/sample-dist') },
  fixtureDist: {
    contentDir: join(projectRoot, 'tests/fixtures/site/content'),
    outDir: join(projectRoot, 'tests/.tmp/fixture-dist'),
  },
} as const;

/** Builds each site once before the build-output and browser tests read them. */
export default function setup(project: TestProject): void {
  // First, so that the last build (whose content the unit tests' astro:content imports) is the fixture site's, as before.
  project.provide('renamedSite', buildRenamedSite());
  for (const [name, site] of Object.entries(sites) as [keyof typeof sites, (typeof sites)[keyof typeof sites]][]) {
    rmSync(site.outDir, { recursive: true, force: true });
    const contentDir = typeof site.contentDir === 'function' ? site.contentDir() : site.contentDir;
    const { status, output } = buildSite({ contentDir, outDir: site.outDir });
    if (status !== 0) throw new Error(`Building ${contentDir} failed (exit code ${status}):\n${output.trim()}`);
    project.provide(name, site.outDir);
  }
}
