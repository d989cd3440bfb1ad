import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
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

  it('replaces the target whole, leaving neither staging nor the old site', () => {
    site(output.target, 'old');
    writeFileSync(join(output.target, 'gone.html'), 'a page the new build no longer has');
    site(output.staging, 'new');
    replaceOutput(output);
    expect(home()).toBe('new');
    expect(existsSync(join(output.target, 'gone.html'))).toBe(false);
    expect(existsSync(output.staging) || existsSync(output.previous)).toBe(false);
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

  it('finishes a replacement that was stopped before the old site was deleted', () => {
    site(output.previous, 'old');
    mkdirSync(join(output.previous, '.git'));
    site(output.target, 'new');
    recoverOutput(output);
    expect(home()).toBe('new');
    expect(existsSync(join(output.target, '.git'))).toBe(true);
    expect(existsSync(output.previous)).toBe(false);
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
