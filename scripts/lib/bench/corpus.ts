import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '../../../src/content-check/frontmatter.ts';

/**
 * A large site for the benchmark, made from the sample content's own text:
 * the sample's cities, brands, people and columns as they are, and as many
 * news items as asked for, each put together from sentences of the sample
 * in the script of the city it belongs to. The same seed gives the same
 * site, file for file.
 */

type Script = 'zh-Hans' | 'zh-Hant';

interface Entry {
  id: string;
  city: string;
}

/** What the generator draws on, read from a content folder. */
export interface SampleText {
  cities: (Entry & { lang: Script; federation: string })[];
  brands: Entry[];
  people: Entry[];
  columns: Entry[];
  tags: string[];
  /** Titles and sentences of the sample, by the script they are written in. */
  text: Record<Script, { titles: string[]; sentences: string[] }>;
}

export interface GeneratedFile {
  /** Relative to the content folder: `news/2021/bench-00042.md`. */
  path: string;
  content: string;
}

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

/** Sentences of a Markdown body, each with its closing punctuation; headings and list marks dropped. */
export function sentencesOf(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*(#+|[-*]|\d+\.)\s+/, '').trim())
    .filter((line) => line && !line.startsWith('<') && !line.startsWith('import '))
    .flatMap((line) => line.match(/[^。！？!?]+[。！？!?]?/gu) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => Array.from(sentence).length >= 6);
}

function entries(contentDir: string, collection: string) {
  return globSync(`${collection}/**/*.{md,mdx}`, { cwd: contentDir })
    .map((file) => file.replaceAll('\\', '/'))
    .sort()
    .map((file) => {
      const { data, body } = parseFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
      return { id: file.replace(/^[^/]+\//, '').replace(/\.mdx?$/, ''), data, body };
    });
}

export function readSample(contentDir: string): SampleText {
  const cities = entries(contentDir, 'cities').map(({ id, data }) => ({
    id,
    city: id,
    lang: (data.lang as Script | undefined) ?? 'zh-Hans',
    federation: String(data.federation),
  }));
  const langOf = new Map(cities.map((city) => [city.id, city.lang]));
  const text: SampleText['text'] = {
    'zh-Hans': { titles: [], sentences: [] },
    'zh-Hant': { titles: [], sentences: [] },
  };
  const tags = new Set<string>();
  const owned = (collection: string) =>
    entries(contentDir, collection).map(({ id, data, body }) => {
      const city = String(data.city ?? id);
      const lang = (data.lang as Script | undefined) ?? langOf.get(city) ?? 'zh-Hans';
      const title = data.title ?? data.name;
      if (collection === 'news' && typeof title === 'string') text[lang].titles.push(title);
      text[lang].sentences.push(...sentencesOf([data.summary ?? '', body].join('\n')));
      for (const tag of (data.tags as string[] | undefined) ?? []) tags.add(tag);
      return { id, city };
    });
  owned('cities');
  const brands = owned('brands');
  const people = owned('people');
  const columns = owned('columns');
  owned('news');
  return { cities, brands, people, columns, tags: [...tags].sort(), text };
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** `articles` news items, numbered `bench-00001` on, dated 2015 to 2025, in their city's script. */
export function generateNews(
  sample: SampleText,
  { articles, seed }: { articles: number; seed: number },
): GeneratedFile[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const width = String(articles).length;
  const files: GeneratedFile[] = [];
  for (let n = 1; n <= articles; n++) {
    const city = pick(sample.cities);
    const { titles, sentences } =
      sample.text[city.lang].sentences.length > 0 ? sample.text[city.lang] : sample.text['zh-Hans'];
    const year = between(2015, 2025);
    const date = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    const lead = pick(titles)
      .split(/[：:｜|]/u)[0]!
      .trim();
    const clause = pick(sentences)
      .split(/[，,；;。]/u)[0]!
      .trim();
    const title = `${lead}：${clause}`;
    const summary = pick(sentences);
    const paragraphs = Array.from({ length: between(3, 8) }, () =>
      Array.from({ length: between(1, 4) }, () => pick(sentences)).join(''),
    );
    const ownBrands = sample.brands.filter((brand) => brand.city === city.id);
    const ownPeople = sample.people.filter((person) => person.city === city.id);
    const ownColumns = sample.columns.filter((column) => column.city === city.id);
    const brands = ownBrands.length > 0 && random() < 0.3 ? [pick(ownBrands).id] : [];
    const people = ownPeople.length > 0 && random() < 0.2 ? [pick(ownPeople).id] : [];
    const column = ownColumns.length > 0 && random() < 0.05 ? pick(ownColumns).id : undefined;
    const tags = [...new Set(Array.from({ length: between(0, 3) }, () => pick(sample.tags)))].filter(Boolean);
    const lines = [
      '---',
      `title: ${yamlString(title)}`,
      `date: ${date}`,
      `city: ${city.id}`,
      `summary: ${yamlString(summary)}`,
      `source: { name: ${yamlString(city.federation)}, kind: original }`,
      // The sample site requires review (site.requireReview): every generated article names its reviewer.
      'credits: { reviewer: 基准审核 }',
      ...(brands.length > 0 ? [`brands: [${brands.join(', ')}]`] : []),
      ...(people.length > 0 ? [`people: [${people.join(', ')}]`] : []),
      ...(column ? [`column: ${column}`] : []),
      ...(tags.length > 0 ? [`tags: [${tags.map(yamlString).join(', ')}]`] : []),
      '---',
      paragraphs.join('\n\n'),
      '',
    ];
    files.push({ path: `news/${year}/bench-${String(n).padStart(width, '0')}.md`, content: lines.join('\n') });
  }
  return files;
}

/**
 * Writes the site into `outDir` (emptied first): the sample's folders except
 * its news, with their pictures, and the generated news.
 */
export function writeCorpus(contentDir: string, outDir: string, options: { articles: number; seed: number }): number {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const folder of ['cities', 'brands', 'people', 'columns']) {
    cpSync(join(contentDir, folder), join(outDir, folder), { recursive: true });
  }
  const files = generateNews(readSample(contentDir), options);
  for (const file of files) {
    mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
    writeFileSync(join(outDir, file.path), file.content);
  }
  return files.length;
}
