import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check/index.ts';
import { writeHostileSite } from '../support/hostile-site.ts';

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
const now = new Date('2025-01-01T00:00:00+08:00');
const work = mkdtempSync(join(tmpdir(), 'jinguo-findings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Problems as the check prints them, in the order found (not sorted: the order must hold too). */
const printed = (problems: readonly Problem[]) => problems.map((problem) => formatProblem(problem));

function check(root: string, findingsFile?: string) {
  const { problems, warnings } = checkContent(root, {
    now,
    requireReview: true,
    ...(findingsFile ? { findingsFile } : {}),
  });
  return { problems: printed(problems), warnings: printed(warnings) };
}

describe('what the per-entry rules found, kept between runs', () => {
  it('gives every failure fixture the same problems, in the same order, on a first run and on a run from what was kept', () => {
    for (const name of readdirSync(fixtures)) {
      const root = join(fixtures, name);
      const file = join(work, `${name}.json`);
      const fresh = check(root);
      expect(check(root, file), name).toEqual(fresh);
      expect(check(root, file), name).toEqual(fresh);
    }
  });

  it('gives the hostile site (raw HTML, MDX, odd links) the same problems from what was kept', async () => {
    const site = join(work, 'hostile');
    await writeHostileSite(site);
    const file = join(work, 'hostile.json');
    const fresh = check(site);
    expect(fresh.problems.length).toBeGreaterThan(50);
    expect(check(site, file)).toEqual(fresh);
    expect(check(site, file)).toEqual(fresh);
  });

  it('uses what was kept for a file that did not change, and checks a changed file afresh', () => {
    const root = join(work, 'changing');
    cpSync(join(fixtures, 'valid'), root, { recursive: true });
    const file = join(work, 'changing.json');
    expect(check(root, file).problems).toEqual([]);
    // What was kept is what is reported: a finding written into the file comes back while the entry is unchanged.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { findings: Record<string, { found: Problem[][] }> };
    const [key, entry] = Object.entries(kept.findings).find(([name]) => name.startsWith('content/news/'))!;
    const [path] = key.split('\0');
    entry.found[0] = [{ file: path!, line: 1, message: '上次记下的问题' }];
    writeFileSync(file, JSON.stringify(kept));
    expect(check(root, file).problems).toEqual([`${path}:1: 上次记下的问题`]);

    const article = join(root, path!);
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n联系电话 13812345678\n`);
    const after = check(root, file).problems;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(new RegExp(`^${path}:\\d+: 有手机号码“138\\*\\*\\*\\*5678”`));
  });

  it('reads the frontmatter of an unchanged file from what was kept, and of a changed file afresh', () => {
    const root = join(work, 'frontmatter');
    cpSync(join(fixtures, 'valid'), root, { recursive: true });
    const file = join(work, 'frontmatter.json');
    expect(check(root, file).problems).toEqual([]);
    const keptFile = join(work, 'frontmatter.frontmatter.bin');
    const kept = deserialize(readFileSync(keptFile)) as { frontmatter: Map<string, { data: { city?: string } }> };
    const [key, entry] = [...kept.frontmatter].find(([name]) => name.startsWith('content/news/'))!;
    const [path] = key.split('\0');
    // What was kept is what is checked: a city written into it is refused, at the line the file has it on.
    entry.data.city = 'nowhere';
    writeFileSync(keptFile, serialize(kept));
    const line =
      readFileSync(join(root, path!), 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('city:')) + 1;
    expect(check(root, file).problems).toEqual([expect.stringMatching(new RegExp(`^${path}:${line}: city:`))]);

    // The file changes (a line added above the city): it is read again, and its own city is fine.
    writeFileSync(join(root, path!), readFileSync(join(root, path!), 'utf8').replace('---\n', '---\n# 注记\n'));
    expect(check(root, file).problems).toEqual([]);
  });

  it('ignores a file kept by other checks, or cut short', () => {
    const root = join(fixtures, 'personal-data');
    const fresh = check(root);
    expect(fresh.problems.length).toBeGreaterThan(0);
    const file = join(work, 'other.json');
    check(root, file);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as {
      version: string;
      findings: Record<string, { found: Problem[][] }>;
    };
    for (const entry of Object.values(kept.findings)) entry.found = [[], [], [], []];
    writeFileSync(file, JSON.stringify({ ...kept, version: 'older checks' }));
    expect(check(root, file)).toEqual(fresh);
    writeFileSync(file, '{"version":');
    expect(check(root, file)).toEqual(fresh);
  });
});
