/**
 * The importer: an article as staff hold it (a paste, a text file in any
 * common encoding, a Word file, a page saved from WeChat or a website) in, a
 * news entry out. It runs in Node (`npm run import`) and in the browser (the
 * editor's import screen) alike: it reads nothing and writes nothing itself.
 *
 *   const context = importContextOf({ cities, brands, people, news, urls });  // the site's entries, as read
 *   const outcome = await importArticle(
 *     { name: '文章.docx', bytes },        // or { name: '粘贴.txt', text }; a saved page adds readSibling
 *     context,
 *   );
 *   if (!outcome.ok) show(outcome.message);          // refused: a Chinese sentence saying what to do
 *   else {
 *     write(outcome.file, outcome.text);             // content/news/2024/liaocheng-fulian-….md
 *     for (const picture of outcome.pictures) write(picture.file, picture.bytes);
 *     list(outcome.removed);                         // every line not in the body; removedLabel(line) says what it became
 *     list(outcome.checks);                          // what a person must fill in or check
 *   }
 *
 * `fields` and `body` give the same entry in pieces, for a form. Nothing is
 * ever written for a refusal; a file of the outcome's name may already exist
 * only if something else wrote it after `taken` was gathered, so write with
 * "fail if it exists".
 */
import { todayInShanghai } from '../lib/dates.ts';
import { toSimplified } from '../lib/script.ts';
import { detectCity, detectScript } from './entry/city.ts';
import { renderBody, renderEntry } from './entry/render.ts';
import { articleSlug, SLUG } from './entry/slug.ts';
import { docxDocument } from './formats/docx.ts';
import { savedPageDocument } from './formats/saved-page.ts';
import { textDocument } from './formats/text.ts';
import {
  limits,
  refuse,
  type EntryFields,
  type ExistingEntry,
  type ImportContext,
  type ImportInput,
  type ImportOutcome,
  type ParsedArticle,
  type SourceDocument,
} from './model.ts';
import { parseArticle } from './shapes/parse.ts';
import { decodeText } from './text/decode.ts';
import { fold, key } from './text/lines.ts';
import { sniff } from './text/sniff.ts';

export type * from './model.ts';
export { limits } from './model.ts';
export { importContextOf, type ContentRecord, type SiteContent } from './context.ts';
export { formatNames, removedLabel, shapeNames } from './labels.ts';

export async function importArticle(input: ImportInput, context: ImportContext): Promise<ImportOutcome> {
  const doc = await readDocument(input);
  if ('ok' in doc) return doc;
  if (!doc.blocks.some((block) => block.text.trim() !== '' || block.kind === 'picture')) {
    return refuse('empty', `没有从“${input.name}”里读出文字:请确认选对了文件,文章的文字是否在里面`);
  }
  const article = parseArticle(doc, context.cities);
  const checks = [...article.checks];

  let city = input.city ? context.cities.find((candidate) => candidate.id === input.city) : undefined;
  if (input.city && !city) {
    return refuse(
      'unknown-city',
      `找不到城市“${input.city}”。现有:${context.cities.map((known) => `${known.id}(${known.name})`).join('、')}`,
    );
  }
  const allText = [article.title ?? '', ...article.body.map((block) => block.text)].join('\n');
  if (!city) {
    // The publisher's name counts too: 聊城日报, 来源:聊城市妇联.
    const detected = detectCity(`${article.source.name ?? ''}\n${allText}`, context.cities);
    city = detected.city;
    if (!city) {
      checks.push(
        detected.candidates.length > 1
          ? `正文提到了几个城市(${detected.candidates.map((known) => known.name).join('、')}),无法判断:请填写 city`
          : '正文里没有认出已有的城市:请填写 city,或导入时加 --city 城市文件名',
      );
    }
  }
  const script = detectScript(allText);

  const duplicate = findDuplicate(article, context.existing);
  if (duplicate) {
    return refuse(
      'exists',
      `这篇文章已经导入过:${duplicate.file}(${duplicate.title})。没有新建文件。要重新导入,请先删去或改名那个文件`,
    );
  }

  const year = article.date?.day.slice(0, 4) ?? todayInShanghai(context.now).slice(0, 4);
  if (!article.date) checks.push(`没有日期,文件暂放在 ${year} 文件夹:填好日期后如果年份不同,请移到对应年份的文件夹`);
  const names = [...context.names, ...context.cities.map((known) => ({ name: known.name, slug: known.id }))];
  let slug: string;
  if (input.slug !== undefined) {
    if (!SLUG.test(input.slug)) {
      return refuse(
        'bad-slug',
        `文件名“${input.slug}”不能用作网址:请只用小写拼音、数字和连字符,例如 liaocheng-zhiwei-peixun`,
      );
    }
    if (context.taken.has(`${year}/${input.slug}`)) {
      return refuse('bad-slug', `${year} 年已经有文件名“${input.slug}”(或曾经发布过这个网址):请换一个 --slug`);
    }
    slug = input.slug;
  } else {
    const base = (article.title && articleSlug(article.title, names)) || 'daoru-xinwen';
    slug = base;
    for (let n = 2; context.taken.has(`${year}/${slug}`); n++) slug = `${base}-${n}`;
    if (slug !== base)
      checks.push(`${year} 年已经有文件名“${base}”的另一篇文章,这篇用了“${slug}”:可以用 --slug 另取文件名`);
  }

  const folder = `${context.newsFolder ?? 'content/news'}/${year}`;
  const body = renderBody(article.body, { fileName: (index, extension) => `${slug}-${index}.${extension}`, checks });
  if (context.requireReview && !article.credits.reviewer?.length) {
    checks.push('原文没有写审核人:本站要求每篇新闻写明审核人(未经审核不得发布),请填写 credits.reviewer');
  }
  const summary = firstSentence(article);
  if (summary) checks.push('摘要暂用正文第一句:请改成一两句话的摘要');
  const fields: EntryFields = {
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(city ? { city: city.id } : {}),
    ...(summary ? { summary } : {}),
    source: article.source,
    credits: article.credits,
    ...(!city || city.lang !== script ? { lang: script } : {}),
  };
  const text = renderEntry({
    fields,
    city,
    cities: context.cities,
    shape: article.shape,
    format: doc.format,
    body: body.markdown,
  });
  return {
    ok: true,
    file: `${folder}/${slug}.md`,
    text,
    fields,
    body: body.markdown,
    pictures: body.saved.map(({ name, bytes }) => ({ file: `${folder}/${name}`, bytes })),
    removed: article.removed,
    checks,
    format: doc.format,
    ...(doc.encoding ? { encoding: doc.encoding } : {}),
    shape: article.shape,
  };
}

async function readDocument(input: ImportInput): Promise<SourceDocument | ReturnType<typeof refuse>> {
  if (input.text !== undefined) {
    if (input.text.length > limits.textBytes / 2) {
      return refuse(
        'too-large',
        '粘贴的文字太长:一篇文章最多约一百万字。请确认只复制了一篇文章;很长的材料请分成几篇导入',
      );
    }
    return textDocument(input.text);
  }
  const bytes = input.bytes ?? new Uint8Array();
  const kind = sniff(input.name, bytes);
  if (typeof kind !== 'string') return kind;
  if (kind === 'docx') {
    return (
      (await docxDocument(bytes)) ??
      refuse('damaged', `“${input.name}”打不开:Word 文件可能已经损坏。请在 Word 或 WPS 里打开它,另存为 .docx 再导入`)
    );
  }
  const decoded = decodeText(bytes);
  if ('ok' in decoded) return decoded;
  return kind === 'html'
    ? savedPageDocument(decoded.text, decoded.encoding, input.readSibling)
    : textDocument(decoded.text, decoded.encoding);
}

/** The same article: the same headline on the same day, or the same opening paragraph. */
function findDuplicate(article: ParsedArticle, existing: readonly ExistingEntry[]): ExistingEntry | undefined {
  const same = (text: string) => toSimplified(fold(text)).replace(/[\s\p{P}\p{S}]+/gu, '');
  const title = article.title ? same(article.title) : undefined;
  const opening = article.body.find((block) => block.kind === 'paragraph')?.text;
  const openingKey = opening && same(opening).length >= 20 ? same(opening).slice(0, 80) : undefined;
  return existing.find(
    (entry) =>
      (title !== undefined &&
        same(entry.title) === title &&
        (!entry.day || !article.date || entry.day === article.date.day)) ||
      (openingKey !== undefined &&
        entry.firstParagraph !== undefined &&
        same(entry.firstParagraph).slice(0, 80) === openingKey),
  );
}

function firstSentence(article: ParsedArticle): string | undefined {
  const first = article.body.find((block) => block.kind === 'paragraph')?.text;
  if (!first) return undefined;
  const end = /[。!?]/u.exec(key(first));
  const sentence = end ? first.slice(0, end.index + 1) : first;
  return [...sentence].length > 120 ? `${[...sentence].slice(0, 118).join('')}……` : sentence;
}
