import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  discardPrevious,
  discardStaging,
  recoverOutput,
  replaceOutput,
  stagedOutput,
  withOutDir,
} from '../../scripts/lib/staged-output.ts';

const work = mkdtempSync(join(tmpdir(), 'jinguo-staged-'));
const output = stagedOutput(join(work, 'dist'));

function site(folder: string, text: string): void {
  mkdirSync(join(folder, 'news'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
  writeFileSync(join(folder, 'news', 'index.html'), text);
}

const home = () => readFileSync(join(output.target, 'index.html'), 'utf8');

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a staged build output', () => {
  it('is built beside the target, under one fixed name', () => {
    expect(output.staging).toBe(join(work, 'dist.building'));
    expect(stagedOutput(join(work, 'dist')).staging).toBe(output.staging);
  });

  it('replaces the target whole, and keeps the old site beside it, apart, until the next build', () => {
    site(output.target, 'old');
    writeFileSync(join(output.target, 'gone.html'), 'a page the new build no longer has');
    site(output.staging, 'new');
    replaceOutput(output);
    expect(home()).toBe('new');
    expect(existsSync(join(output.target, 'gone.html'))).toBe(false);
    expect(existsSync(output.staging)).toBe(false);
    expect(readFileSync(join(output.previous, 'index.html'), 'utf8')).toBe('old');
  });

  it('has the next build move the old site out of the way at once and delete it while it works', async () => {
    site(output.previous, 'older');
    // What a build stopped while deleting left behind.
    site(join(output.discarded, '1'), 'oldest');
    const discarding = discardPrevious(output);
    expect(existsSync(output.previous)).toBe(false);
    await discarding;
    expect(existsSync(output.discarded)).toBe(false);
    site(output.target, 'old');
    site(output.staging, 'new');
    replaceOutput(output);
    expect(home()).toBe('new');
    expect(readFileSync(join(output.previous, 'index.html'), 'utf8')).toBe('old');
  });

  it('has nothing to delete on a first build', async () => {
    await discardPrevious(output);
    expect(existsSync(output.discarded)).toBe(false);
  });

  it('puts the first build in place where there was no site yet', () => {
    site(output.staging, 'new');
    replaceOutput(output);
    expect(home()).toBe('new');
  });

  it('keeps the .git a host keeps in the site’s folder, as Astro does', () => {
    site(output.target, 'old');
    mkdirSync(join(output.target, '.git'));
    writeFileSync(join(output.target, '.git', 'HEAD'), 'ref: refs/heads/pages\n');
    site(output.staging, 'new');
    replaceOutput(output);
    expect(readFileSync(join(output.target, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/pages\n');
  });

  it('puts the last good site back when a build was stopped between its two renames', () => {
    site(output.target, 'old');
    site(output.staging, 'new');
    renameSync(output.target, output.previous);
    recoverOutput(output);
    expect(home()).toBe('old');
    expect(existsSync(output.previous)).toBe(false);
  });

  it('leaves the new site and the kept old one as they are, the .git a host keeps moved to the new one', () => {
    site(output.previous, 'old');
    mkdirSync(join(output.previous, '.git'));
    site(output.target, 'new');
    recoverOutput(output);
    expect(home()).toBe('new');
    expect(existsSync(join(output.target, '.git'))).toBe(true);
    expect(readFileSync(join(output.previous, 'index.html'), 'utf8')).toBe('old');
  });

  it('leaves a whole site alone, and throws a failed build’s half away', () => {
    site(output.target, 'old');
    site(output.staging, 'half');
    recoverOutput(output);
    discardStaging(output);
    expect(home()).toBe('old');
    expect(existsSync(output.staging)).toBe(false);
  });
});

describe('withOutDir', () => {
  it('sends Astro to the staging folder, whichever way the output folder was named', () => {
    expect(withOutDir([], '/s')).toEqual(['--outDir', '/s']);
    expect(withOutDir(['--outDir', 'out', '--verbose'], '/s')).toEqual(['--verbose', '--outDir', '/s']);
    expect(withOutDir(['--outDir=out', '--silent'], '/s')).toEqual(['--silent', '--outDir', '/s']);
  });
});
