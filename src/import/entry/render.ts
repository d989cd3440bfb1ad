import { frontmatter, list, scalar, type Line } from '../../lib/frontmatter-writer.ts';
import { PLACEHOLDER } from '../../lib/placeholder.ts';
import { creditRoles } from '../../schemas/news.ts';
import type { Block, EntryFields, Format, KnownCity, Shape } from '../model.ts';
import { dateValue } from '../rules/dates.ts';
import { formatNames, shapeNames } from '../labels.ts';
import { length } from '../text/lines.ts';

const todo = (what: string) => `${PLACEHOLDER}:${what}`;

export interface RenderInput {
  fields: EntryFields;
  city?: KnownCity;
  cities: readonly KnownCity[];
  shape: Shape;
  format: Format;
  body: string;
}

/** The news entry: every field read from the article, every gap marked 待填写 for the checker to insist on. */
export function renderEntry({ fields, city, cities, shape, format, body }: RenderInput): string {
  const { title, date, source, credits, summary, lang } = fields;
  const lines: Line[] = [
    { text: `title: ${title ? scalar(title) : todo('标题')}`, comment: title ? undefined : '必填:标题' },
    {
      text: `date: ${date ? dateValue(date) : `"${todo('发布日期,如 2024-11-21')}"`}`,
      comment: date ? undefined : '必填:原文没有写明发布日期',
    },
    city
      ? { text: `city: ${city.id}`, comment: `从正文中的“${city.name}”判断,请核对` }
      : { text: `city: ${todo('城市文件名')}`, comment: `必填:可选 ${cities.map((c) => c.id).join('、')}` },
    {
      text: `summary: ${summary ? scalar(summary) : todo('一两句话的摘要')}`,
      comment: summary ? '取自正文第一句,请改成一两句话的摘要' : '必填',
    },
    { text: 'source:' },
    {
      text: `  name: ${source.name ? scalar(source.name) : todo('发布单位或媒体名称')}`,
      comment: source.name ? undefined : '必填:首发的单位或媒体',
    },
    {
      text: `  kind: ${source.kind ?? todo('wechat、newspaper、media 或 original')}`,
      comment: 'wechat 公众号 / newspaper 报纸 / media 融媒体 / original 本站原创',
    },
    source.url
      ? { text: `  url: ${scalar(source.url)}`, comment: '原文链接' }
      : { text: '  # url: https://……', comment: '选填:原文链接' },
  ];
  const roles = creditRoles.filter((role) => credits[role]?.length);
  if (roles.length > 0) {
    lines.push({ text: 'credits:' });
    for (const role of roles) {
      const names = credits[role] ?? [];
      lines.push({ text: `  ${role}: ${names.length === 1 ? scalar(names[0]!) : list(names)}` });
    }
  }
  lines.push(
    { text: 'brands: []', comment: '选填:相关品牌的文件名' },
    { text: 'people: []', comment: '选填:相关人物的文件名' },
    { text: 'tags: []', comment: '选填:标签' },
  );
  if (lang) lines.push({ text: `lang: ${lang}`, comment: '正文的字形:zh-Hans 简体 / zh-Hant 繁体' });
  const heading = `由导入工具从“${formatNames[format]}”(${shapeNames[shape]})导入。请逐项核对,把“${PLACEHOLDER}”换成实际内容。`;
  return `${frontmatter(lines, heading)}${body || todo('正文:没有从原文中读出正文')}\n`;
}

export interface BodyPictures {
  /** Each picture with bytes, in order, gets this file name. */
  fileName: (index: number, extension: string) => string;
  checks: string[];
}

/**
 * The body's Markdown. A picture with bytes is written beside the entry and
 * shown with its alt text (else the caption under it, else 待填写); one that
 * is only online is left out and listed with its address and place.
 */
export function renderBody(
  blocks: readonly Block[],
  pictures: BodyPictures,
): { markdown: string; saved: { name: string; bytes: Uint8Array }[] } {
  const parts: string[] = [];
  const saved: { name: string; bytes: Uint8Array }[] = [];
  let online = 0;
  for (const [index, block] of blocks.entries()) {
    switch (block.kind) {
      case 'heading':
        parts.push(`${'#'.repeat(block.level)} ${block.markdown}`);
        break;
      case 'picture': {
        const { picture } = block;
        const caption = captionAfter(blocks, index);
        const after = lastText(blocks, index);
        if (picture.bytes && picture.extension) {
          const name = pictures.fileName(saved.length + 1, picture.extension);
          saved.push({ name, bytes: picture.bytes });
          const alt = picture.alt ?? caption;
          if (!alt)
            pictures.checks.push(`图片 ${name} 没有说明文字:请把正文里的“${todo('图片说明')}”换成图片内容的描述`);
          parts.push(`![${(alt ?? todo('图片说明')).replace(/[[\]\\]/gu, '\\$&')}](./${name})`);
        } else {
          online++;
          pictures.checks.push(
            `第 ${online} 张只在网上的图片没有导入${after ? `(原在“${after}”之后)` : ''}:请打开 ${picture.url} 另存到文章旁边,再在正文里写 ![说明](./文件名)`,
          );
        }
        break;
      }
      default:
        parts.push(block.markdown);
    }
  }
  return { markdown: parts.join('\n\n'), saved };
}

/** A short line right under a picture that reads as its caption: 图为培训现场. */
function captionAfter(blocks: readonly Block[], index: number): string | undefined {
  const next = blocks[index + 1];
  if (!next || next.kind !== 'paragraph' || length(next.text) > 40) return undefined;
  return next.text.replace(/^[▲△↑◆●·\s]+/u, '').trim() || undefined;
}

function lastText(blocks: readonly Block[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const text = blocks[at]!.text;
    if (text) return length(text) > 16 ? `${[...text].slice(-16).join('')}` : text;
  }
  return undefined;
}
