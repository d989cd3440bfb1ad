import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/index.ts';
import { hostileVariants } from '../fixtures/hostile/corpus.ts';
import { writeHostileSite } from '../support/hostile-site.ts';

/**
 * The content checker on its own, asked about every hostile variant: each one
 * it should explain is reported in Chinese at the variant's file and a line of
 * its body (line 8 on), and none of it crashes the checker.
 */
const now = new Date('2025-01-01T00:00:00+08:00');
let root: string;
let problems: string[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jinguo-hostile-check-'));
  await writeHostileSite(root);
  problems = checkContent(root, { now }).problems.map((problem) => formatProblem(problem));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(
  hostileVariants.filter((variant) => !variant.checkerMisses).map((variant) => [variant.id, variant] as const),
)('the checker on %s', (_id, variant) => {
  it(`reports it at its file and line, in Chinese: ${variant.tries}`, () => {
    const file = `content/news/2024/${variant.id}.${variant.format}`;
    const own = problems.filter((line) => line.startsWith(`${file}:`));
    expect(own.length).toBeGreaterThan(0);
    for (const line of own)
      expect(line).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:([89]|\\d{2,}): .*[\\u4e00-\\u9fff]`));
  });
});
