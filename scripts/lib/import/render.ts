import { PLACEHOLDER } from '../../../src/content-check/rules/placeholders.ts';
import type { Script } from '../../../src/schemas/shared.ts';
import { creditRoles } from '../../../src/schemas/news.ts';
import type { CityInfo } from '../content-files.ts';
import { frontmatter, list, scalar, type Line } from '../frontmatter-writer.ts';
import type { ImportedArticle } from './article.ts';
import { dateValue } from './dates.ts';

const shapeNames: Record<ImportedArticle['shape'], string> = {
  wechat: '微信公众号文章',
  media: '融媒体中心稿件',
  newspaper: '报纸电子版',
  plain: '文本',
};

export interface RenderInput {
  article: ImportedArticle;
  city?: CityInfo;
  cities: readonly CityInfo[];
  script: Script;
  summary?: string;
}

const todo = (what: string) => `${PLACEHOLDER}:${what}`;

/** The news entry: every field read from the text, every gap marked 待填写 for the checker to insist on. */
export function renderEntry({ article, city, cities, script, summary }: RenderInput): string {
  const { title, date, source, credits } = article;
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
    { text: '  # url: https://……', comment: '选填:原文链接' },
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
  if (!city || city.lang !== script) {
    lines.push({ text: `lang: ${script}`, comment: '正文的字形:zh-Hans 简体 / zh-Hant 繁体' });
  }
  const body = article.blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text));
  if (body.length === 0) body.push(todo('正文:没有从原文中读出正文'));
  return `${frontmatter(lines, `由 npm run import 从${shapeNames[article.shape]}导入。请逐项核对,把“${PLACEHOLDER}”换成实际内容。`)}${body.join('\n\n')}\n`;
}
