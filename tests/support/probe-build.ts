import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import type { Plugin } from 'vite';
import { projectRoot } from './astro-cli.ts';

/**
 * `astro build` alone (Astro's own API, no build script around it), with a
 * plugin that keeps Astro's content store module as the bundler finally
 * has it, after every other plugin: what `tests/site/astro-build.test.ts`
 * checks the tweaks against. Started with the content folder and cache in
 * the environment, as `siteBuild` gives them.
 */
const [outDir, probeFile] = process.argv.slice(2);
if (!outDir || !probeFile) throw new Error('usage: probe-build.ts <outDir> <probe.json>');

let storeModule: string | undefined;
const probe: Plugin = {
  name: 'test:store-module-probe',
  enforce: 'post',
  transform(code, id) {
    if (id === '\0astro:data-layer-content') storeModule = code;
  },
};
await build({ root: projectRoot, outDir, vite: { plugins: [probe] } });
writeFileSync(probeFile, JSON.stringify({ storeModule }));
