import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

/** mulberry32: a small, well-known seeded generator; the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Markdown {
  data: Record<string, unknown>;
  body: string;
}

export function readMarkdown(text: string): Markdown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** Text pools of one script, taken from the sample content. */
interface Pool {
  paragraphs: string[];
  headings: string[];
  titles: string[];
  summaries: string[];
  tags: string[];
}

export interface CorpusOptions {
  /** The sample content folder the text, cities, brands, people and columns come from. */
  sourceDir: string;
  /** Where the corpus is written (emptied first). */
  outDir: string;
  articles: number;
  seed?: number;
  /** Size each article's body grows to, in bytes of UTF-8. */
  articleBytes?: number;
  /** First year of the spread; articles run over `years` years from it. */
  firstYear?: number;
  years?: number;
}

export interface Corpus {
  /** The bundled sample site, or a site generated from it. */
  kind: 'sample' | 'generated';
  seed?: number;
  outDir: string;
  articles: number;
  /** Paths of the generated articles, relative to `outDir`, in generation order. */
  newsFiles: string[];
  bytes: number;
}

const ENTITY_FOLDERS = ['cities', 'brands', 'people', 'columns'] as const;

function ids(dir: string): string[] {
  return globSync('*.{md,mdx}', { cwd: dir })
    .map((file) => basename(file).replace(/\.mdx?$/, ''))
    .sort();
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickSome<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  for (let i = 0; i < count && chosen.size < items.length; i++) chosen.add(pick(random, items));
  return [...chosen];
}

/** Paragraphs, headings, titles, summaries and tags of the sample news, grouped by script. */
function readPools(sourceDir: string, cityLang: Map<string, string>): Map<string, Pool> {
  const pools = new Map<string, Pool>();
  for (const file of globSync('news/*/*.{md,mdx}', { cwd: sourceDir }).sort()) {
    const { data, body } = readMarkdown(readFileSync(join(sourceDir, file), 'utf8'));
    const lang = String(data.lang ?? cityLang.get(String(data.city)) ?? 'zh-Hans');
    const pool = pools.get(lang) ?? { paragraphs: [], headings: [], titles: [], summaries: [], tags: [] };
    for (const block of body.split(/\n\s*\n/)) {
      const text = block.trim();
      // Only plain prose: MDX components, imports, lists and tables would not survive being reshuffled.
      if (!text || /^[<{|>\-*]|^import |^export /.test(text)) continue;
      if (text.startsWith('## ')) pool.headings.push(text.slice(3).trim());
      else if (!text.startsWith('#')) pool.paragraphs.push(text.replace(/\n/g, ''));
    }
    pool.titles.push(String(data.title));
    pool.summaries.push(String(data.summary));
    for (const tag of (data.tags as string[] | undefined) ?? []) if (!pool.tags.includes(tag)) pool.tags.push(tag);
    pools.set(lang, pool);
  }
  return pools;
}

/**
 * Writes a content folder of `articles` synthetic news items beside the
 * sample site's own cities, brands, people and columns. The text is the
 * sample news reshuffled, in the script of each item's city, so the corpus
 * reads (and segments) like the real site; each item is about `articleBytes`.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { sourceDir, outDir, articles, seed = 20241121, articleBytes = 12_000, firstYear = 2015, years = 10 } = options;
  const random = seededRandom(seed);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'news'), { recursive: true });
  for (const folder of ENTITY_FOLDERS) cpSync(join(sourceDir, folder), join(outDir, folder), { recursive: true });

  const cityLang = new Map<string, string>();
  const cities = ids(join(sourceDir, 'cities'));
  for (const city of cities) {
    const { data } = readMarkdown(readFileSync(join(sourceDir, 'cities', `${city}.md`), 'utf8'));
    cityLang.set(city, String(data.lang ?? 'zh-Hans'));
  }
  const brands = ids(join(sourceDir, 'brands'));
  const people = ids(join(sourceDir, 'people'));
  const columns = ids(join(sourceDir, 'columns'));
  const pools = readPools(sourceDir, cityLang);
  const anyPool = [...pools.values()][0]!;

  const newsFiles: string[] = [];
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const city = cities[i % cities.length]!;
    const pool = pools.get(cityLang.get(city)!) ?? anyPool;
    const year = firstYear + (Math.floor((i * years) / articles) % years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const number = String(i + 1).padStart(5, '0');

    const data: Record<string, unknown> = {
      // The number keeps every headline distinct, so a search for one finds that one first.
      title: `${pick(random, pool.titles)}(第${number}期)`,
      date,
      city,
      summary: pick(random, pool.summaries),
      source: { name: '巾帼之窗基准测试', kind: 'original' },
      credits: { editor: '基准测试', reviewer: '基准测试' },
      brands: pickSome(random, brands, Math.floor(random() * 3)),
      people: pickSome(random, people, Math.floor(random() * 2)),
      tags: pickSome(random, pool.tags, 1 + Math.floor(random() * 3)),
    };
    if (columns.length > 0 && random() < 0.05) data.column = pick(random, columns);

    const blocks: string[] = [];
    let size = 0;
    while (size < articleBytes) {
      const block =
        blocks.length > 0 && random() < 0.15 ? `## ${pick(random, pool.headings)}` : pick(random, pool.paragraphs);
      blocks.push(block);
      size += Buffer.byteLength(block) + 2;
    }
    const file = join('news', String(year), `bench-${number}.md`);
    const text = `---\n${stringify(data, { lineWidth: 0 })}---\n${blocks.join('\n\n')}\n`;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
    newsFiles.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { kind: 'generated', seed, outDir, articles, newsFiles, bytes };
}

/** The sample site itself, copied into `outDir` (emptied first), so that the warm rebuild's edit leaves content/ alone. */
export function sampleCorpus(sourceDir: string, outDir: string): Corpus {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(sourceDir, outDir, { recursive: true });
  const newsFiles = globSync('news/*/*.{md,mdx}', { cwd: outDir })
    .map((file) => file.replaceAll('\\', '/'))
    .sort();
  const bytes = newsFiles.reduce((sum, file) => sum + readFileSync(join(outDir, file)).length, 0);
  return { kind: 'sample', outDir, articles: newsFiles.length, newsFiles, bytes };
}

/**
 * The new article "保存到上线" publishes: the newest article's fields and text under a new title and file, dated
 * with it, so that it heads every list it is in, as a new article does. `number` tells one publish of a series
 * from the others (file `bench-new-article-<number>.md`, title `新发布<number>：…`): each is a new article on top
 * of the last. A text without `phrase` is chosen, so that the search check's count (`search-check.ts`, over
 * `corpus.newsFiles`, which this file does not join) holds. Returns its path relative to `outDir`.
 */
export function addArticle(corpus: Corpus, number = 1, phrase = '妇女微家'): string {
  const articles = corpus.newsFiles.map((file) => ({
    file,
    ...readMarkdown(readFileSync(join(corpus.outDir, file), 'utf8')),
  }));
  const time = (data: Record<string, unknown>) => new Date(String(data.date)).getTime() || 0;
  const newest = articles.reduce((a, b) => (time(b.data) > time(a.data) ? b : a));
  const text =
    articles.find(({ body }) => !body.includes(phrase) && !body.includes('婦女微家'))?.body ?? '新发布的文章。\n';
  const file = join(dirname(newest.file), `bench-new-article-${number}.md`);
  // A copy's aliases would claim the newest article's old URLs a second time.
  const { aliases: _aliases, ...fields } = newest.data;
  const data = { ...fields, title: `新发布${number}：${String(newest.data.title)}` };
  writeFileSync(join(corpus.outDir, file), `---\n${stringify(data, { lineWidth: 0 })}---\n${text}`);
  return file.replaceAll('\\', '/');
}

/** The one-article edit a warm rebuild measures: a sentence appended to the given article. */
export function editArticle(corpus: Corpus, index = 0): string {
  const file = join(corpus.outDir, corpus.newsFiles[index]!);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n本文于基准测试中修改过一次。\n`);
  return file;
}
