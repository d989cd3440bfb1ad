import { resolve } from 'node:path';
import { meantEntry } from '../../src/content-check/reference-hints.ts';
import { PLACEHOLDER } from '../../src/lib/placeholder.ts';
import { parseShanghaiDate, todayInShanghai } from '../../src/lib/dates.ts';
import { entrySlug } from '../../src/lib/slug.ts';
import { paths } from '../../src/lib/urls.ts';
import { collections } from '../../src/schemas/index.ts';
import { allFields, describeCollection } from '../../src/schemas/fields.ts';
import type { CollectionName } from '../../src/schemas/shared.ts';
import { freeFile, readCities, toPosix, type CityInfo } from './content-files.ts';
import { frontmatter, scalar, type Line } from '../../src/lib/frontmatter-writer.ts';
import { UsageError } from './usage-error.ts';

export const kinds = ['news', 'person', 'brand', 'column', 'city'] as const;
export type Kind = (typeof kinds)[number];

export interface ScaffoldRequest {
  kind: Kind;
  /** 标题 for news, 姓名 for a person, the name for the rest. */
  title: string;
  city?: string;
  /** YYYY-MM-DD; today in Asia/Shanghai when absent. */
  date?: string;
  /** Project root: the folder with content/. */
  root: string;
  now?: Date;
}

export interface Scaffold {
  /** Absolute path of the new file. */
  absolute: string;
  /** Path from the root, for messages. */
  file: string;
  text: string;
}

const todo = (what: string) => `${PLACEHOLDER}:${what}`;

/** The file `npm run new` writes: at the right path, with every field present and explained. */
export function scaffold(request: ScaffoldRequest): Scaffold {
  const title = request.title.trim();
  if (!title) throw new UsageError('请写上标题或姓名,例如:npm run new -- news "三八节座谈会"');
  const cities = readCities(request.root);
  const city = request.city ? findCity(cities, request.city) : undefined;
  const today = todayInShanghai(request.now);
  const day = request.date ?? today;
  const date = parseShanghaiDate(day);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`日期“${day}”无法识别:请写成 2024-11-21`);
  const future = day > today;

  const slug = slugFor(request.kind, title);
  if (!slug) throw new UsageError(`无法从“${title}”生成文件名:请写中文或拼音标题`);
  const { folder, urlOf } = placeFor(request.kind, request.root, day.slice(0, 4));
  const absolute = freeFile(request.root, folder, slug, urlOf);
  const cityLine = () => cityField(request.kind, city, cities);
  const templates: Record<Kind, () => string> = {
    news: () => newsTemplate(title, day, future, cityLine()),
    person: () => personTemplate(title, cityLine()),
    brand: () => brandTemplate(title, cityLine()),
    column: () => columnTemplate(title, cityLine()),
    city: () => cityTemplate(title, city),
  };
  return { absolute, file: toPosix(request.root, absolute), text: templates[request.kind]() };
}

const collectionOf = { news: 'news', person: 'people', brand: 'brands', column: 'columns', city: 'cities' } as const;

export function slugFor(kind: Kind, title: string): string {
  return entrySlug(collectionOf[kind], title);
}

function placeFor(kind: Kind, root: string, year: string): { folder: string; urlOf: (slug: string) => string } {
  switch (kind) {
    case 'news':
      return { folder: resolve(root, collections.news.base, year), urlOf: (slug) => paths.news(`${year}/${slug}`) };
    case 'person':
      return { folder: resolve(root, collections.people.base), urlOf: paths.person };
    case 'brand':
      return { folder: resolve(root, collections.brands.base), urlOf: paths.brand };
    case 'column':
      return { folder: resolve(root, collections.columns.base), urlOf: paths.column };
    case 'city':
      return { folder: resolve(root, collections.cities.base), urlOf: paths.city };
  }
}

function findCity(cities: CityInfo[], id: string): CityInfo {
  const city = cities.find((candidate) => candidate.id === id);
  if (city) return city;
  const meant = meantEntry(id, cities);
  if (meant) throw new UsageError(`找不到城市“${id}”:--city 后面写城市的文件名,写 ${meant.id}(${meant.name})`);
  const known = cities.map((candidate) => `${candidate.id}(${candidate.name})`).join('、') || '还没有城市';
  throw new UsageError(`找不到城市“${id}”:--city 后面写城市的文件名。现有:${known}`);
}

function cityField(kind: Kind, city: CityInfo | undefined, cities: CityInfo[]): Line {
  const known = cities.map((candidate) => candidate.id).join('、');
  return city
    ? { text: `city: ${city.id}`, comment: `${note(collectionOf[kind], 'city')}(${city.name})` }
    : { text: `city: ${todo('城市文件名')}`, comment: `${note(collectionOf[kind], 'city')},可选:${known}` };
}

/**
 * The comment beside a field, from its schema metadata — the words the editor shows as its label and hint: 必填 or
 * 选填, what it is, and for a reference, whose file name to write.
 */
function note(collection: CollectionName, path: string): string {
  const field = allFields(describeCollection(collection)).find((candidate) => candidate.path === path);
  if (!field) throw new Error(`${collection} has no field ${path}`);
  const target = field.kind === 'reference' ? field : field.kind === 'list' ? field.item : undefined;
  const refers = target?.kind === 'reference' ? `写${collections[target.collection].label}的文件名` : undefined;
  const options =
    field.kind === 'enum' ? field.options.map((option) => `${option.value} ${option.label}`).join(' / ') : undefined;
  const what = [field.title, field.description, refers, options].filter(Boolean).join(';');
  return `${field.required ? '必填' : '选填'}:${what}`;
}

const shared = (collection: CollectionName): Line[] => [
  { text: 'aliases: []', comment: note(collection, 'aliases') },
  { text: 'allowPersonalData: false', comment: note(collection, 'allowPersonalData') },
  ...(collection === 'cities' ? [] : [{ text: '# lang: zh-Hant', comment: note(collection, 'lang') }]),
];

const withdrawn = (collection: CollectionName): Line => ({
  text: '# withdrawn: { date: 2025-01-01, reason: 撤下原因 }',
  comment: note(collection, 'withdrawn'),
});

function newsTemplate(title: string, day: string, future: boolean, city: Line): string {
  return (
    frontmatter(
      [
        { text: `title: ${scalar(title)}`, comment: note('news', 'title') },
        { text: `date: ${day}`, comment: `${note('news', 'date')};带时刻写成 "2024-11-21 18:40"` },
        city,
        { text: `summary: ${todo('一两句话的摘要')}`, comment: note('news', 'summary') },
        { text: 'source:', comment: note('news', 'source') },
        { text: `  name: ${todo('发布单位或媒体名称')}`, comment: note('news', 'source.name') },
        { text: '  kind: original', comment: note('news', 'source.kind') },
        { text: '  # url: https://mp.weixin.qq.com/s/……', comment: note('news', 'source.url') },
        { text: '# credits:', comment: `${note('news', 'credits')};要写就去掉下面几行开头的 #` },
        { text: '#   contributor: 供稿单位或个人', comment: note('news', 'credits.contributor') },
        { text: '#   reporter: 记者姓名', comment: note('news', 'credits.reporter') },
        { text: '#   editor: 编辑姓名', comment: `${note('news', 'credits.editor')};多人写成 [甲, 乙]` },
        { text: '#   reviewer: 审核人', comment: note('news', 'credits.reviewer') },
        { text: '#   supervisor: 监制人', comment: note('news', 'credits.supervisor') },
        { text: 'brands: []', comment: note('news', 'brands') },
        { text: 'people: []', comment: note('news', 'people') },
        { text: '# column: zuimei-zhiwei', comment: note('news', 'column') },
        { text: 'tags: []', comment: note('news', 'tags') },
        { text: '# cover: { src: ./图片文件名.jpg, alt: 图片说明 }', comment: note('news', 'cover') },
        { text: '# updated: 2024-11-25', comment: note('news', 'updated') },
        { text: '# correction: 更正说明', comment: note('news', 'correction') },
        { text: 'draft: false', comment: note('news', 'draft') },
        {
          text: `scheduled: ${future}`,
          comment: future ? '日期在以后:到那天之后构建时才发布' : '日期写在以后的定时发布时改成 true',
        },
        withdrawn('news'),
        ...shared('news'),
      ],
      '新闻。每行“字段: 值”,# 后面是说明。写好后运行 npm run check 检查。',
    ) + `${todo('正文。每段之间空一行,“## ”开头的行是小标题。')}\n`
  );
}

function personTemplate(name: string, city: Line): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: note('people', 'name') },
        city,
        { text: `summary: ${todo('一两句话的介绍')}`, comment: note('people', 'summary') },
        { text: '# honorific: 吉林巧姐', comment: note('people', 'honorific') },
        { text: `role: ${todo('职务或身份')}`, comment: note('people', 'role') },
        { text: `organization: ${todo('所在单位')}`, comment: note('people', 'organization') },
        { text: 'brands: []', comment: note('people', 'brands') },
        { text: 'columns: []', comment: note('people', 'columns') },
        { text: '# portrait: { src: ./照片文件名.jpg, alt: 照片说明 }', comment: note('people', 'portrait') },
        { text: 'featured: false', comment: note('people', 'featured') },
        withdrawn('people'),
        ...shared('people'),
      ],
      '人物。只写有据可查的事实。写好后运行 npm run check 检查。',
    ) + `${todo('人物介绍')}\n`
  );
}

function brandTemplate(name: string, city: Line): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: note('brands', 'name') },
        city,
        { text: `summary: ${todo('一两句话的简介')}`, comment: note('brands', 'summary') },
        { text: `category: ${todo('工作领域')}`, comment: note('brands', 'category') },
        { text: '# since: 2021', comment: note('brands', 'since') },
        { text: '# parent: jilin-sijie', comment: note('brands', 'parent') },
        { text: '# logo: ./品牌文件名-logo.png', comment: note('brands', 'logo') },
        { text: 'featured: false', comment: note('brands', 'featured') },
        withdrawn('brands'),
        ...shared('brands'),
      ],
      '品牌。写好后运行 npm run check 检查。',
    ) + `${todo('品牌简介:做什么、面向谁、做了多少')}\n`
  );
}

function columnTemplate(name: string, city: Line): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: note('columns', 'name') },
        city,
        { text: `platform: ${todo('刊发平台')}`, comment: note('columns', 'platform') },
        { text: `summary: ${todo('一两句话的简介')}`, comment: note('columns', 'summary') },
        ...shared('columns'),
      ],
      '栏目。栏目下的文章在新闻里写 column: 本文件名 归进来。写好后运行 npm run check 检查。',
    ) + `${todo('栏目介绍')}\n`
  );
}

function cityTemplate(name: string, parent: CityInfo | undefined): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: note('cities', 'name') },
        { text: `federation: ${todo('妇联全称')}`, comment: note('cities', 'federation') },
        { text: `province: ${todo('所在省份')}`, comment: note('cities', 'province') },
        parent
          ? { text: `parent: ${parent.id}`, comment: `${note('cities', 'parent')}(${parent.name})` }
          : { text: '# parent: tianshui', comment: note('cities', 'parent') },
        { text: `adminCode: "${todo('6 位行政区划代码')}"`, comment: note('cities', 'adminCode') },
        { text: `lang: ${parent?.lang ?? 'zh-Hans'}`, comment: note('cities', 'lang') },
        { text: '# wechat: 吉林市妇联', comment: note('cities', 'wechat') },
        { text: 'figures: []', comment: `${note('cities', 'figures')};写法见 docs/content.md` },
        ...shared('cities'),
      ],
      '城市。写好后运行 npm run check 检查。',
    ) + `${todo('城市(妇联)简介,1–3 段')}\n`
  );
}
