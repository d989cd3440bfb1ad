import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexPool } from '../../../../src/search/build/run/pool.ts';
import type { ShardJob } from '../../../../src/search/build/run/worker.ts';

let dir: string;
let pool: IndexPool;
afterEach(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A job over a page that is not there: it fails, which is all these tests need of it. */
const job = (name: string): ShardJob => ({
  outDir: dir,
  pages: [{ url: '/x/', file: 'x/index.html' }],
  dir: join(dir, name),
  foldPairs: '',
});

describe('IndexPool', { timeout: 60_000 }, () => {
  it('runs low jobs one at a time on the low thread', async () => {
    dir = mkdtempSync(join(tmpdir(), 'index-pool-'));
    pool = new IndexPool(2);
    const runs = [pool.run(job('a'), true), pool.run(job('b'), true)];
    expect(pool.threads).toBe(1);
    const results = await Promise.all(runs);
    expect(results.map((result) => result.ok)).toEqual([false, false]);
    expect(pool.threads).toBe(1);
  });

  it('once promoted, starts the low jobs still queued on another thread, and later ones too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'index-pool-'));
    pool = new IndexPool(2);
    const runs = [pool.run(job('a'), true), pool.run(job('b'), true)];
    pool.promote();
    expect(pool.threads).toBe(2);
    await Promise.all([...runs, pool.run(job('c'), true)]);
    expect(pool.threads).toBe(2);
  });
});
