import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { notReplaced } from '../../src/build/tuning/store-from-file.ts';
import { astroInvocation, projectRoot, siteBuild } from '../support/astro-cli.ts';
import { fileDigests, pagePaths } from '../support/dist.ts';

// `npm run build` built this one (tests/setup/build-sites.ts): Astro, then the search index after Astro's process.
const fixture = inject('fixtureDist');
const outDir = join(projectRoot, 'tests/.tmp/astro-build-dist');
const probeFile = join(projectRoot, 'tests/.tmp/astro-build-probe.json');
const { env } = siteBuild({ contentDir: join(projectRoot, 'tests/fixtures/site/content'), outDir });
const cacheDir = env.JINGUO_CACHE_DIR!;

const pageFile = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

let output = '';
let storeModule: string | undefined;

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const { command, env: fullEnv } = astroInvocation([], env);
  const probe = join(projectRoot, 'tests/support/probe-build.ts');
  const run = spawnSync(command, [probe, outDir, probeFile], { cwd: projectRoot, env: fullEnv, encoding: 'utf8' });
  output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`astro build failed (exit code ${run.status}):\n${output}`);
  ({ storeModule } = JSON.parse(readFileSync(probeFile, 'utf8')) as { storeModule?: string });
});

describe('astro build alone', () => {
  it('builds the whole site, search index included, byte for byte as npm run build does', () => {
    expect(pagePaths(outDir)).toEqual(pagePaths(fixture));
    expect(fileDigests(outDir)).toEqual(fileDigests(fixture));
    expect(output).toMatch(/搜索索引:\d+ 个条目/);
  });
});

// Each tweak of Astro's internals (src/build/tuning/) is checked on a real build, so that an Astro that no longer
// works the way it was made for fails here rather than leaving the tweak silently doing nothing.
describe('the tweaks of Astro’s internals, in a real build', () => {
  it('store-from-file: the pages read the content store from its file instead of carrying it', () => {
    expect(storeModule).toBeDefined();
    expect(storeModule).toContain('readFileSync(');
    expect(storeModule).toContain(JSON.stringify(join(cacheDir, 'data-store.json')));
    expect(storeModule).not.toMatch(/JSON\.parse\("/);
    expect(output).not.toContain(notReplaced);
  });

  it('packed-store: the content store names a packed file for every rendered body, and no page shows a name', () => {
    const store = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');
    const names = [...store.matchAll(/brfile:([a-z-]+\/[0-9a-f]{32}\.br)/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(5);
    expect(names.every((name) => existsSync(join(cacheDir, 'jinguo-html', name)))).toBe(true);
    // Astro's store writes `<` as \u003C: an unpacked body would start so.
    expect(store).not.toContain('\\u003Cp>');
    expect(output).not.toMatch(/没有压缩保存/);
    const packedPages = pagePaths(outDir).filter((path) =>
      /brfile:|br64:/.test(readFileSync(join(outDir, pageFile(path)), 'utf8')),
    );
    expect(packedPages).toEqual([]);
  });
});
