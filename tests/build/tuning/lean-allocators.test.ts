import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leanAllocatorEnv } from '../../../src/build/tuning/lean-allocators.ts';
import { projectRoot } from '../../support/astro-cli.ts';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'lean-allocators-'));
  writeFileSync(
    join(site, 'index.html'),
    '<html lang="zh"><body><main><h1>巾帼</h1><p>妇女微家</p></main></body></html>',
  );
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('leanAllocatorEnv', () => {
  // Pagefind's allocator reads the variable as it starts and, asked to, prints the options it took when it ends.
  it('is taken by the allocator of the Pagefind the index is built with', () => {
    const [[name, value]] = Object.entries(leanAllocatorEnv) as [[string, string]];
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site],
      {
        encoding: 'utf8',
        env: { ...process.env, [name]: `${value},stats_print:true` },
      },
    );
    expect(run.status).toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).not.toMatch(/Invalid conf/);
    expect(output).toMatch(/opt\.narenas: 1\n/);
    expect(output).toMatch(/opt\.dirty_decay_ms: 1000 /);
    expect(output).toMatch(/opt\.muzzy_decay_ms: 0 /);
  });
});
