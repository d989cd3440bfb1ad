import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle, type ImportContext, type ImportedEntry } from '../../src/import/index.ts';
import { importContext } from '../../scripts/lib/import-context.ts';
import { corpus, fileName, lines, plain, type CorpusArticle } from '../fixtures/import/corpus/corpus.ts';
import { siteRoot, siblingsOf } from './support.ts';

const files = new URL('../fixtures/import/corpus/files/', import.meta.url);
const roles = ['contributor', 'reporter', 'editor', 'reviewer', 'supervisor'] as const;

const encodings: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8-bom',
  'utf-16le': 'utf-16le',
  'utf-16le-bom': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16be-bom': 'utf-16be',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
};

/** Per field: how many articles got it right, and which did not. */
const tally = new Map<string, { right: number; total: number; wrong: string[] }>();
function score(field: string, id: string, right: boolean, detail = ''): void {
  const entry = tally.get(field) ?? { right: 0, total: 0, wrong: [] };
  entry.total++;
  if (right) entry.right++;
  else entry.wrong.push(`${id}${detail ? `: ${detail}` : ''}`);
  tally.set(field, entry);
}

/** The body as a reader sees it: paragraphs without Markdown's marks. */
function readBody(entry: ImportedEntry): string[] {
  return entry.body.split(/\n{2,}/u).map((block) =>
    block
      .replace(/^#{2,3}\s+/u, '')
      .replace(/\*\*|(?<!\\)\*/gu, '')
      .replace(/\\(.)/gu, '$1')
      .trim(),
  );
}

const sentences = (text: string) =>
  plain(text)
    .split(/(?<=[。!?！？])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

function measure(article: CorpusArticle, entry: ImportedEntry): void {
  const { fields } = entry;
  const id = article.id;
  const title = lines(article).find((line) => line.mark === '=');
  const expectedTitle =
    article.expect.title === null
      ? undefined
      : (article.expect.title ?? article.page?.title ?? (title && 'written' in title ? title.written : undefined));
  score('title', id, fields.title === expectedTitle, `${fields.title} ≠ ${expectedTitle}`);
  const date = fields.date ? `${fields.date.day}${fields.date.time ? ` ${fields.date.time}` : ''}` : undefined;
  score('date', id, date === article.expect.date, `${date} ≠ ${article.expect.date}`);
  score('city', id, fields.city === article.expect.city, `${fields.city} ≠ ${article.expect.city}`);
  score(
    'source',
    id,
    fields.source.name === article.expect.source.name && fields.source.kind === article.expect.source.kind,
    `${fields.source.name}/${fields.source.kind} ≠ ${article.expect.source.name}/${article.expect.source.kind}`,
  );
  for (const role of roles) {
    const got = [...(fields.credits[role] ?? [])].sort().join('、');
    const want = [...(article.expect.credits[role] ?? [])].sort().join('、');
    score(`credits.${role}`, id, got === want, `${got} ≠ ${want}`);
  }
  if (article.encoding) score('encoding', id, entry.encoding === encodings[article.encoding], `${entry.encoding}`);
  if (article.pictures !== undefined)
    score('pictures', id, entry.pictures.length === article.pictures, `${entry.pictures.length}`);

  const body = readBody(entry);
  const whole = body.join('\n');
  const removed = entry.removed.map((line) => line.text.trim());
  for (const line of lines(article)) {
    if (!('written' in line)) continue;
    if (line.mark === '+' || line.mark === '?') {
      for (const sentence of sentences(line.kept)) score('sentences kept', id, whole.includes(sentence), sentence);
      for (const part of line.fielded) score('removed lines listed', id, removed.includes(part), part);
    } else if (line.mark === '-' || line.mark === '>') {
      const text = plain(line.written);
      score(line.mark === '-' ? 'chrome dropped' : 'field lines out of body', id, !body.includes(text), text);
      score('removed lines listed', id, removed.includes(text), text);
    }
  }
}

let context: ImportContext;
let remove: () => void;

beforeAll(() => {
  const site = siteRoot();
  remove = site.remove;
  context = importContext(site.root);
});

afterAll(() => {
  remove();
  const rows = [...tally].map(
    ([field, { right, total }]) =>
      `  ${field.padEnd(24)} ${String(right).padStart(4)}/${String(total).padEnd(4)} ${((100 * right) / total).toFixed(1)}%`,
  );
  console.log(`Import corpus: ${corpus.length} articles\n${rows.join('\n')}`);
});

describe('the import corpus', () => {
  it('has at least forty articles in every shape, script, encoding and format', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((article) => article.encoding).filter(Boolean))).toEqual(new Set(Object.keys(encodings)));
    expect(new Set(corpus.map((article) => article.format))).toEqual(
      new Set(['txt', 'md', 'docx', 'wechat-html', 'site-html']),
    );
    for (const prefix of ['wx-', 'md-', 'np-', 'web-', 'mt-', 'doc-', 'wxh-', 'site-']) {
      expect(corpus.filter((article) => article.id.startsWith(prefix)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(corpus.map((article) => [article.id, article] as const))('imports %s', async (_id, article) => {
    const url = new URL(fileName(article), files);
    const outcome = await importArticle(
      { name: fileName(article), bytes: readFileSync(url), readSibling: siblingsOf(url) },
      context,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    measure(article, outcome);
  });

  it('reads every field, keeps every sentence and drops all furniture: 100% on each measure', () => {
    const failures = [...tally]
      .filter(([, { right, total }]) => right !== total)
      .map(([field, { wrong }]) => `${field}: ${wrong.join(' | ')}`);
    expect(failures).toEqual([]);
    expect(tally.get('title')?.total).toBe(corpus.length);
  });
});
