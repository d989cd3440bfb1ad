import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirOf } from '../../scripts/lib/site-build.ts';
import { projectRoot } from '../../scripts/lib/astro-cli.ts';

describe('outDirOf', () => {
  it('finds the folder astro build writes to, in either spelling, relative to the project as Astro reads it', () => {
    expect(outDirOf(['--outDir', 'out/site'])).toBe(join(projectRoot, 'out/site'));
    expect(outDirOf(['--outDir=/tmp/site'])).toBe('/tmp/site');
    expect(outDirOf(['--verbose', '--outDir', '/tmp/a'])).toBe('/tmp/a');
  });

  it('is the project’s dist folder when none is named', () => {
    expect(outDirOf([])).toBe(join(projectRoot, 'dist'));
    expect(outDirOf(['--outDir'])).toBe(join(projectRoot, 'dist'));
  });
});
