import { resolve } from 'node:path';
import { todayInShanghai } from '../../../src/lib/dates.ts';
import { pinyinSlug } from '../../../src/lib/slug.ts';
import { paths } from '../../../src/lib/urls.ts';
import { collections } from '../../../src/schemas/index.ts';
import { freeFile, readCities, toPosix } from '../content-files.ts';
import { UsageError } from '../usage-error.ts';
import type { ImportedArticle, Shape } from './article.ts';
import { decodeText, type SourceEncoding } from './decode.ts';
import { detectCity, detectScript, detectShape } from './detect.ts';
import { parseMedia } from './media.ts';
import { parseNewspaper } from './newspaper.ts';
import { parsePlain } from './plain.ts';
import { renderEntry } from './render.ts';
import { cleanLines, fold } from './text-lines.ts';
import { parseWechat } from './wechat.ts';

const parsers: Record<Shape, (lines: readonly string[]) => ImportedArticle> = {
  wechat: parseWechat,
  media: parseMedia,
  newspaper: parseNewspaper,
  plain: parsePlain,
};

/** Reads a pasted article into the fields of a news entry. */
export function readArticle(text: string): ImportedArticle {
  const lines = cleanLines(text);
  return parsers[detectShape(lines)](lines);
}

export interface ImportRequest {
  bytes: Uint8Array;
  root: string;
  /** A city slug given on the command line; otherwise it is looked for in the text. */
  city?: string;
  now?: Date;
}

export interface ImportResult {
  absolute: string;
  file: string;
  text: string;
  article: ImportedArticle;
  encoding: SourceEncoding;
  /** What was found and what a person must fill in or check, for the terminal. */
  report: string[];
}

export function importArticle({ bytes, root, city: cityId, now }: ImportRequest): ImportResult {
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new UsageError('输入是空的:请把文章全文复制到一个文本文件里,再导入这个文件');
  const article = readArticle(text);
  const cities = readCities(root);
  const report = [...article.notes];

  let city = cityId ? cities.find((candidate) => candidate.id === cityId) : undefined;
  if (cityId && !city) {
    throw new UsageError(`找不到城市“${cityId}”。现有:${cities.map((c) => `${c.id}(${c.name})`).join('、')}`);
  }
  if (!city) {
    const detected = detectCity(text, cities);
    city = detected.city;
    if (!city) {
      report.push(
        detected.candidates.length > 1
          ? `正文提到了几个城市(${detected.candidates.map((c) => c.name).join('、')}),无法判断:请填写 city`
          : '正文里没有认出已有的城市:请填写 city,或导入时加 --city 城市文件名',
      );
    }
  }
  const script = detectScript(text);
  if (!article.title) report.push('没有认出标题:请填写 title');
  if (!article.date) report.push('没有认出发布日期:请填写 date');
  if (!article.source.name) report.push('没有认出来源:请填写 source.name');
  if (!article.source.kind) report.push('无法判断来源类型:请填写 source.kind');
  const summary = firstSentence(article);
  if (summary) report.push('摘要暂用正文第一句:请改成一两句话的摘要');

  const year = article.date?.day.slice(0, 4) ?? todayInShanghai(now).slice(0, 4);
  if (!article.date) report.push(`没有日期,文件暂放在 ${year} 文件夹:填好日期后如果年份不同,请移到对应年份的文件夹`);
  const slug = pinyinSlug(article.title ?? '', 40) || 'daoru-xinwen';
  const folder = resolve(root, collections.news.base, year);
  const absolute = freeFile(root, folder, slug, (candidate) => paths.news(`${year}/${candidate}`));
  const entry = renderEntry({ article, city, cities, script, summary });
  return { absolute, file: toPosix(root, absolute), text: entry, article, encoding, report };
}

function firstSentence(article: ImportedArticle): string | undefined {
  const first = article.blocks.find((block) => block.kind === 'paragraph')?.text;
  if (!first) return undefined;
  const end = /[。!?]/u.exec(fold(first));
  const sentence = end ? first.slice(0, end.index + 1) : first;
  return [...sentence].length > 120 ? `${[...sentence].slice(0, 118).join('')}……` : sentence;
}
