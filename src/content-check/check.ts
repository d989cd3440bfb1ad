import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { collections, collectionNames, type CollectionName, type SchemaContext } from '../schemas/index.ts';
import { shanghaiYear } from '../lib/dates.ts';
import { entryPages } from '../url-manifest/entry-pages.ts';
import { loadManifest, manifestLocation, ManifestError, type LoadedManifest } from '../url-manifest/store.ts';
import { EncodingError, utf8Text } from './encoding.ts';
import { FrontmatterError, parseFrontmatter } from './frontmatter.ts';
import { IMAGE, REF, isMarked, walk, type MarkedImage, type MarkedRef } from './marks.ts';
import type { CheckOptions, CheckedEntry, ContentCheckResult, Problem } from './model.ts';
import { runRules } from './rules/index.ts';
import { EntryFindingsCache, fileDigest } from './entry-findings.ts';
import { PLACEHOLDER } from '../lib/placeholder.ts';
import { confinementProblem, pictureProblem } from './rules/images.ts';
import { buildOptions } from '../build/options.ts';
import { meantEntry, type ReferenceCandidate } from './reference-hints.ts';

// Stand-ins for Astro's `reference()` and `image()`: they keep what was written so it can be checked against the files.
const standIn: SchemaContext = {
  reference: ((collection: CollectionName) =>
    z
      .string()
      .transform((id): MarkedRef => ({ collection, id, [REF]: true }))) as unknown as SchemaContext['reference'],
  image: (() =>
    z.string().transform((src): MarkedImage => ({ src, [IMAGE]: true }))) as unknown as SchemaContext['image'],
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates every content file the way the build will read it, and reports
 * every problem at once: schema errors, dangling references, missing images,
 * file names that would make bad URLs.
 */
export function checkContent(root: string, options: CheckOptions = {}): ContentCheckResult {
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const kept = options.findingsFile ? new EntryFindingsCache(options.findingsFile) : undefined;

  for (const name of collectionNames) {
    const { base, pattern, schema } = collections[name];
    const baseDir = resolve(root, base);
    const files = globSync(pattern, { cwd: baseDir }).sort();
    problems.push(...checkStrayFiles(name, root, baseDir, files));
    // Built once per collection: zod compiles a schema on first use, and per file that adds up on a large site.
    const entrySchema = schema(standIn);
    for (const relativeFile of files) {
      const absolute = join(baseDir, relativeFile);
      const file = toPosix(relative(root, absolute));
      const id = toPosix(relativeFile).replace(/\.(md|mdx)$/, '');
      const format = relativeFile.endsWith('.mdx') ? 'mdx' : 'md';
      const fileProblems = checkFileName(name, id, file);
      problems.push(...fileProblems);

      let parsed;
      const bytes = readFileSync(absolute);
      const digest = fileDigest(bytes);
      try {
        const source = utf8Text(bytes);
        parsed = kept ? kept.frontmatter(file, digest, source) : parseFrontmatter(source);
      } catch (error) {
        if (error instanceof FrontmatterError || error instanceof EncodingError) {
          problems.push({ file, line: error.line, message: error.message });
          // The file is there, so references to it are not dangling: its own problem is the one to fix.
          const line = error.line;
          entries.push({
            collection: name,
            id,
            file,
            data: {},
            lineOf: () => line,
            valid: false,
            body: '',
            bodyLine: line,
            format,
            digest,
          });
          continue;
        }
        throw error;
      }
      for (const { severity, ...note } of parsed.notes)
        (severity === 'warning' ? warnings : problems).push({ file, ...note });
      // A field already explained (`-家政服务` is a list written without spaces) gets no second, vaguer message.
      const explained = new Set(parsed.notes.filter((note) => note.severity === 'error').map((note) => note.field));
      const result = entrySchema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          if (explained.has(issue.path.join('.'))) continue;
          if (issue.code === 'unrecognized_keys') {
            // Zod names every unknown key in one issue on the object; each gets its own line here.
            for (const key of issue.keys) {
              const path = [...issue.path, key];
              if (explained.has(path.join('.'))) continue;
              problems.push({
                file,
                line: parsed.lineOf(path),
                field: path.join('.'),
                message: `没有“${key}”这个字段:请检查拼写,或删去这一行`,
              });
            }
            continue;
          }
          problems.push({
            file,
            line: parsed.lineOf(issue.path),
            field: issue.path.join('.') || undefined,
            message: issue.message,
          });
        }
      }
      // Fields that are fine on their own are still followed, so one typo does not hide a dangling reference.
      const data = result.success
        ? (result.data as Record<string, unknown>)
        : validFields(entrySchema.shape, parsed.data);
      entries.push({
        collection: name,
        id,
        file,
        data,
        lineOf: parsed.lineOf,
        valid: result.success,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        format,
        digest,
      });
      problems.push(...checkImages(root, data, absolute, file, parsed.lineOf));
      if (name === 'news') problems.push(...checkNewsYear(id, data, file, parsed.lineOf));
    }
  }

  problems.push(...checkReferences(entries));
  const manifest = readManifest(root, problems);
  const requireReview = options.requireReview ?? false;
  kept?.primeParsedBodies(entries);
  problems.push(...runRules({ root, now, requireReview, entries, pages: entryPages(entries, now), manifest }, kept));
  kept?.save(entries);
  return { entries, problems, warnings };
}

/** The committed URL manifest, which the rules compare the entries' pages with; one problem when it cannot be read. */
function readManifest(root: string, problems: Problem[]): LoadedManifest | undefined {
  try {
    return loadManifest(root);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    problems.push({ file: error.file ?? manifestLocation(root).file, line: error.line, message: error.message });
    return undefined;
  }
}

const NEWS_FOLDER_MESSAGE = '新闻必须放在以年份命名的文件夹里,例如 content/news/2024/';

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

const placement: Record<CollectionName, string> = {
  cities: '城市文件应直接放在 content/cities/ 里,扩展名为 .md',
  news: `${NEWS_FOLDER_MESSAGE},扩展名为 .md 或 .mdx`,
  brands: '品牌文件应直接放在 content/brands/ 里,扩展名为 .md 或 .mdx',
  people: '人物文件应直接放在 content/people/ 里,扩展名为 .md 或 .mdx',
  columns: '栏目文件应直接放在 content/columns/ 里,扩展名为 .md',
};

/** A file the collection's pattern does not match would be skipped by Astro without a word. */
function checkStrayFiles(collection: CollectionName, root: string, baseDir: string, matched: string[]): Problem[] {
  const known = new Set(matched);
  return globSync('**/*', { cwd: baseDir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(relative(baseDir, join(entry.parentPath, entry.name))))
    .filter(
      (relativeFile) => !known.has(relativeFile) && !IMAGE_FILE.test(relativeFile) && !relativeFile.startsWith('.'),
    )
    .sort()
    .map((relativeFile) => ({
      file: toPosix(relative(root, join(baseDir, relativeFile))),
      line: 1,
      message: `这个文件不会发布:${placement[collection]}`,
    }));
}

function checkFileName(collection: CollectionName, id: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const segments = id.split('/');
  const slug = segments.at(-1) ?? '';
  if (!SLUG.test(slug)) {
    problems.push({
      file,
      line: 1,
      message: `文件名“${slug}”不能用作网址:请只用小写拼音、数字和连字符,例如 jilin-sijie.md`,
    });
  }
  if (collection === 'news' && !/^\d{4}$/.test(segments[0] ?? '')) {
    problems.push({ file, line: 1, message: NEWS_FOLDER_MESSAGE });
  }
  return problems;
}

function checkNewsYear(
  id: string,
  data: Record<string, unknown>,
  file: string,
  lineOf: CheckedEntry['lineOf'],
): Problem[] {
  const folderYear = Number(id.split('/')[0]);
  const date = data.date;
  if (!(date instanceof Date) || !Number.isFinite(folderYear)) return [];
  const year = shanghaiYear(date);
  if (year === folderYear) return [];
  return [
    {
      file,
      line: lineOf(['date']),
      field: 'date',
      message: `日期是 ${year} 年,文件却在 ${folderYear} 文件夹里:请把文件移到 content/news/${year}/`,
    },
  ];
}

function checkImages(
  root: string,
  data: unknown,
  absoluteFile: string,
  file: string,
  lineOf: CheckedEntry['lineOf'],
): Problem[] {
  const problems: Problem[] = [];
  walk(data, [], (value, path) => {
    if (!isMarked<MarkedImage>(value, IMAGE)) return false;
    const target = resolve(dirname(absoluteFile), value.src);
    const message = !existsSync(target)
      ? `找不到图片“${value.src}”:图片应放在这篇内容旁边,路径写成 ./图片文件名`
      : (confinementProblem(value.src, absoluteFile, resolve(root, buildOptions.contentDir)) ??
        pictureProblem(value.src, target));
    if (message) problems.push({ file, line: lineOf(path), field: path.join('.'), message });
    return true;
  });
  return problems;
}

function checkReferences(entries: CheckedEntry[]): Problem[] {
  const candidates = new Map<CollectionName, ReferenceCandidate[]>(collectionNames.map((name) => [name, []]));
  for (const entry of entries) {
    const name = entry.data.name ?? entry.data.title;
    candidates.get(entry.collection)?.push({ id: entry.id, ...(typeof name === 'string' ? { name } : {}) });
  }

  const problems: Problem[] = [];
  for (const entry of entries) {
    walk(entry.data, [], (value, path) => {
      if (!isMarked<MarkedRef>(value, REF)) return false;
      // A gap left by `npm run new` or `npm run import` is reported once, as a gap, by the placeholder rule.
      if (value.id.includes(PLACEHOLDER)) return true;
      const known = candidates.get(value.collection) ?? [];
      if (!known.some((candidate) => candidate.id === value.id)) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: path.join('.'),
          message: danglingMessage(value, known),
        });
      } else if (value.collection === entry.collection && value.id === entry.id) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: path.join('.'),
          message: '不能引用自己',
        });
      }
      return true;
    });
  }
  return problems;
}

/** `city: 聊城` is answered with the file name to write: 写 liaocheng. */
function danglingMessage(ref: MarkedRef, known: readonly ReferenceCandidate[]): string {
  const label = collections[ref.collection].label;
  const meant = meantEntry(ref.id, known);
  if (meant) {
    const name = meant.name ? `(${meant.name})` : '';
    return `找不到${label}“${ref.id}”:这里要写${label}的文件名,写 ${meant.id}${name}`;
  }
  return `找不到${label}“${ref.id}”(应有文件 ${collections[ref.collection].base}/${ref.id}.md)`;
}

function validFields(shape: Record<string, z.ZodType>, raw: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const field = fieldSchema.safeParse(raw[key]);
    if (field.success) data[key] = field.data;
  }
  return data;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
