import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateNews, readSample, seededRandom, sentencesOf, writeCorpus } from '../../../scripts/lib/bench/corpus.ts';
import { checkContent } from '../../../src/content-check/index.ts';
import { parseFrontmatter } from '../../../src/content-check/frontmatter.ts';

const sampleContent = fileURLToPath(new URL('../../../content/', import.meta.url));
const sample = readSample(sampleContent);

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(3).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('sentencesOf', () => {
  it('splits Markdown into sentences, keeping their punctuation, dropping list marks and short headings', () => {
    expect(sentencesOf('## 做了什麼\n\n兩年來累計培訓婦女。培育品牌 50 個！\n- 列表裡的一句話。')).toEqual([
      '兩年來累計培訓婦女。',
      '培育品牌 50 個！',
      '列表裡的一句話。',
    ]);
  });
});

describe('the sample text', () => {
  it('is read from the content folder: every city, brand, person and column, text in both scripts', () => {
    expect(sample.cities.map((city) => city.id)).toContain('qinzhou');
    expect(sample.brands.map((brand) => brand.id)).toContain('jilin-sijie');
    expect(sample.text['zh-Hans'].sentences.length).toBeGreaterThan(50);
    expect(sample.text['zh-Hant'].sentences.length).toBeGreaterThan(50);
  });
});

describe('generateNews', () => {
  const files = generateNews(sample, { articles: 200, seed: 1 });

  it('is the same site for the same seed, file for file, and another for another seed', () => {
    expect(generateNews(sample, { articles: 200, seed: 1 })).toEqual(files);
    expect(generateNews(sample, { articles: 200, seed: 2 })).not.toEqual(files);
  });

  it('writes as many news items as asked, each in the folder of its year, with a valid file name', () => {
    expect(files).toHaveLength(200);
    for (const file of files) {
      const [, year, name] = /^news\/(\d{4})\/(bench-\d{3}\.md)$/.exec(file.path) ?? [];
      expect(name, file.path).toBeDefined();
      expect(parseFrontmatter(file.content).data.date, file.path).toMatch(new RegExp(`^${year}-`));
    }
  });

  it('writes each item in its city’s script, from the sample’s own sentences', () => {
    const hant = new Set(sample.cities.filter((city) => city.lang === 'zh-Hant').map((city) => city.id));
    for (const file of files.slice(0, 20)) {
      const { data, body } = parseFrontmatter(file.content);
      const { sentences } = sample.text[hant.has(String(data.city)) ? 'zh-Hant' : 'zh-Hans'];
      expect(sentences, file.path).toContain(data.summary);
      for (const paragraph of body.trim().split('\n\n')) {
        expect(
          sentences.some((sentence) => paragraph.startsWith(sentence)),
          paragraph,
        ).toBe(true);
      }
    }
  });
});

describe('writeCorpus', () => {
  it('writes a site the content checker accepts, the sample’s entries and the generated news', () => {
    const root = mkdtempSync(join(tmpdir(), 'jinguo-corpus-'));
    try {
      expect(writeCorpus(sampleContent, join(root, 'content'), { articles: 120, seed: 5 })).toBe(120);
      const { entries, problems } = checkContent(root);
      expect(problems).toEqual([]);
      const count = (collection: string) => entries.filter((entry) => entry.collection === collection).length;
      expect(count('news')).toBe(120);
      expect(count('brands')).toBe(sample.brands.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
