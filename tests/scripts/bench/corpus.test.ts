import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addArticle,
  editArticle,
  generateCorpus,
  sampleCorpus,
  seededRandom,
  type Corpus,
} from '../../../scripts/lib/bench/corpus.ts';
import { projectRoot } from '../../../scripts/lib/astro-cli.ts';
import { checkContent } from '../../../src/content-check/index.ts';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(3).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

let work: string;
let corpus: Corpus;
const generate = (name: string, seed = 7) =>
  generateCorpus({ sourceDir: join(projectRoot, 'content'), outDir: join(work, name), articles: 40, seed });
const files = (dir: string) =>
  globSync('news/**/*.md', { cwd: dir })
    .sort()
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  corpus = generate('a');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateCorpus', () => {
  it('writes the asked number of articles in year folders, beside the sample’s cities', () => {
    expect(corpus.newsFiles).toHaveLength(40);
    expect(corpus.newsFiles.every((file) => /^news\/\d{4}\/[a-z0-9-]+\.md$/.test(file))).toBe(true);
    expect(globSync('cities/*.md', { cwd: corpus.outDir }).length).toBeGreaterThan(0);
    expect(corpus.bytes).toBeGreaterThan(40 * 8_000);
  });

  it('gives the same corpus for the same seed, byte for byte, and another for another seed', () => {
    expect(files(generate('b').outDir)).toEqual(files(corpus.outDir));
    expect(files(generate('c', 8).outDir)).not.toEqual(files(corpus.outDir));
  });

  it('edits one article for the warm rebuild, and nothing else', () => {
    const copy = generate('d');
    const before = files(copy.outDir);
    const edited = editArticle(copy, 3);
    const after = files(copy.outDir);
    const changed = after.filter(([file, text], index) => before[index]![0] !== file || before[index]![1] !== text);
    expect(changed.map(([file]) => join(copy.outDir, file!))).toEqual([edited]);
  });
});

/** A corpus of `articles` news generated into `work/<name>/content`, with that site folder. */
function siteCorpus(name: string, articles: number) {
  const root = join(work, name);
  return {
    root,
    made: generateCorpus({ sourceDir: join(projectRoot, 'content'), outDir: join(root, 'content'), articles }),
  };
}

describe('the corpus as a site', () => {
  it('is one the content checker accepts: the sample’s entries and the generated news', () => {
    const { root, made } = siteCorpus('checked', 60);
    const { entries, problems } = checkContent(root);
    expect(problems).toEqual([]);
    expect(entries.filter((entry) => entry.collection === 'news')).toHaveLength(made.articles);
  });

  it('takes one new article for 保存到上线: a new file, dated with the newest, that the checker accepts', () => {
    const { root, made } = siteCorpus('published', 30);
    const before = files(made.outDir);
    const added = addArticle(made);
    const after = files(made.outDir);
    expect(after.length).toBe(before.length + 1);
    expect(after.filter(([file]) => !before.some(([old]) => old === file)).map(([file]) => file)).toEqual([added]);
    expect(made.newsFiles).not.toContain(added);
    const { entries, problems } = checkContent(root);
    expect(problems).toEqual([]);
    const news = entries.filter((entry) => entry.collection === 'news');
    const dates = news.map((entry) => new Date(String(entry.data.date)).getTime());
    const newest = news.find((entry) => entry.file.endsWith(added))!;
    expect(new Date(String(newest.data.date)).getTime()).toBe(Math.max(...dates));
    expect(String(newest.data.title)).toMatch(/^新发布1：/);
    expect(readFileSync(join(made.outDir, added), 'utf8')).not.toContain('妇女微家');
  });

  it('numbers each new article of a series of 保存到上线 runs, so that each adds one more to the site', () => {
    const { root, made } = siteCorpus('published-twice', 30);
    const before = files(made.outDir).length;
    const first = addArticle(made, 1);
    const second = addArticle(made, 2);
    expect(second).not.toBe(first);
    expect(files(made.outDir)).toHaveLength(before + 2);
    const { entries, problems } = checkContent(root);
    expect(problems).toEqual([]);
    const titles = entries
      .filter((entry) => entry.file.endsWith(first) || entry.file.endsWith(second))
      .map((entry) => String(entry.data.title));
    expect(titles).toHaveLength(2);
    expect(new Set(titles).size).toBe(2);
  });

  it('can be the sample site itself, copied, so that an edit leaves content/ alone', () => {
    const sample = sampleCorpus(join(projectRoot, 'content'), join(work, 'sample'));
    expect(sample.kind).toBe('sample');
    expect(sample.newsFiles.length).toBe(sample.articles);
    expect(sample.newsFiles).toEqual(globSync('news/*/*.{md,mdx}', { cwd: join(projectRoot, 'content') }).sort());
    const edited = editArticle(sample);
    expect(edited.startsWith(join(work, 'sample'))).toBe(true);
  });
});
