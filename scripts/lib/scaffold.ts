import { resolve } from 'node:path';
import { meantEntry } from '../../src/content-check/reference-hints.ts';
import { PLACEHOLDER } from '../../src/content-check/rules/placeholders.ts';
import { parseShanghaiDate, todayInShanghai } from '../../src/lib/dates.ts';
import { nameSlug, pinyinSlug } from '../../src/lib/slug.ts';
import { paths } from '../../src/lib/urls.ts';
import { collections } from '../../src/schemas/index.ts';
import { freeFile, readCities, toPosix, type CityInfo } from './content-files.ts';
import { frontmatter, scalar, type Line } from './frontmatter-writer.ts';
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
  const cityLine = cityField(city, cities);
  const templates: Record<Kind, () => string> = {
    news: () => newsTemplate(title, day, future, cityLine),
    person: () => personTemplate(title, cityLine),
    brand: () => brandTemplate(title, cityLine),
    column: () => columnTemplate(title, cityLine),
    city: () => cityTemplate(title, city),
  };
  return { absolute, file: toPosix(request.root, absolute), text: templates[request.kind]() };
}

export function slugFor(kind: Kind, title: string): string {
  if (kind === 'person') return nameSlug(title);
  // 吉林市 → jilin, 秦州区 → qinzhou: the sample cities drop the administrative suffix.
  if (kind === 'city') return pinyinSlug(title.replace(/(?<=.{2})(市|区|區|县|縣)$/u, ''));
  return pinyinSlug(title, 40);
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

function cityField(city: CityInfo | undefined, cities: CityInfo[]): Line {
  const known = cities.map((candidate) => candidate.id).join('、');
  return city
    ? { text: `city: ${city.id}`, comment: `必填:所属城市(${city.name})` }
    : { text: `city: ${todo('城市文件名')}`, comment: `必填:所属城市的文件名,可选:${known}` };
}

const shared: Line[] = [
  { text: 'aliases: []', comment: '选填:改名或移动后,把旧网址写在这里,如 [/news/2023/jiu-wenjian/]' },
  { text: 'allowPersonalData: false', comment: '写 true 才允许公开手机号、身份证号(如服务热线)' },
  { text: '# lang: zh-Hant', comment: '选填:字形与城市不同时才写,zh-Hans 简体 / zh-Hant 繁体' },
];

const withdrawn: Line = {
  text: '# withdrawn: { date: 2025-01-01, reason: 撤下原因 }',
  comment: '撤下时才写:页面保留,显示撤下日期和原因',
};

function newsTemplate(title: string, day: string, future: boolean, city: Line): string {
  return (
    frontmatter(
      [
        { text: `title: ${scalar(title)}`, comment: '必填:标题' },
        { text: `date: ${day}`, comment: '必填:发布日期(北京时间);带时刻写成 "2024-11-21 18:40"' },
        city,
        { text: `summary: ${todo('一两句话的摘要')}`, comment: '必填:用于列表、搜索结果和分享' },
        { text: 'source:', comment: '必填:首发来源' },
        { text: `  name: ${todo('发布单位或媒体名称')}`, comment: '如 聊城市妇联微信公众号' },
        { text: '  kind: original', comment: 'wechat 公众号 / newspaper 报纸 / media 融媒体 / original 本站原创' },
        { text: '  # url: https://mp.weixin.qq.com/s/……', comment: '选填:原文链接' },
        { text: '# credits:', comment: '选填:署名;要写就去掉下面几行开头的 #' },
        { text: '#   contributor: 供稿单位或个人', comment: '供稿' },
        { text: '#   reporter: 记者姓名', comment: '记者' },
        { text: '#   editor: 编辑姓名', comment: '编辑;多人写成 [甲, 乙]' },
        { text: '#   reviewer: 审核人', comment: '审核' },
        { text: '#   supervisor: 监制人', comment: '监制' },
        { text: 'brands: []', comment: '选填:相关品牌的文件名,如 [jilin-sijie]' },
        { text: 'people: []', comment: '选填:相关人物的文件名,如 [wu-yunping]' },
        { text: '# column: zuimei-zhiwei', comment: '选填:所属栏目的文件名' },
        { text: 'tags: []', comment: '选填:标签,如 [执委, 妇女微家]' },
        { text: '# cover: { src: ./图片文件名.jpg, alt: 图片说明 }', comment: '选填:封面图,放在本文件旁边' },
        { text: '# updated: 2024-11-25', comment: '选填:实质性修改的日期' },
        { text: '# correction: 更正说明', comment: '选填:更正了什么;同时写 updated' },
        { text: 'draft: false', comment: '写 true 为草稿,正式网站不显示' },
        {
          text: `scheduled: ${future}`,
          comment: future ? '日期在以后:到那天之后构建时才发布' : '日期写在以后的定时发布时改成 true',
        },
        withdrawn,
        ...shared,
      ],
      '新闻。每行“字段: 值”,# 后面是说明。写好后运行 npm run check 检查。',
    ) + `${todo('正文。每段之间空一行,“## ”开头的行是小标题。')}\n`
  );
}

function personTemplate(name: string, city: Line): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: '必填:姓名' },
        city,
        { text: `summary: ${todo('一两句话的介绍')}`, comment: '必填:用于列表和分享' },
        { text: '# honorific: 吉林巧姐', comment: '选填:荣誉称号' },
        { text: `role: ${todo('职务或身份')}`, comment: '必填:如 村妇联主席' },
        { text: `organization: ${todo('所在单位')}`, comment: '必填' },
        { text: 'brands: []', comment: '选填:代表的品牌的文件名' },
        { text: 'columns: []', comment: '选填:介绍过此人的栏目的文件名' },
        { text: '# portrait: { src: ./照片文件名.jpg, alt: 照片说明 }', comment: '选填:照片,放在本文件旁边' },
        { text: 'featured: false', comment: '写 true 在首页展示' },
        withdrawn,
        ...shared,
      ],
      '人物。只写有据可查的事实。写好后运行 npm run check 检查。',
    ) + `${todo('人物介绍')}\n`
  );
}

function brandTemplate(name: string, city: Line): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: '必填:品牌名称' },
        city,
        { text: `summary: ${todo('一两句话的简介')}`, comment: '必填:用于列表和分享' },
        { text: `category: ${todo('工作领域')}`, comment: '必填:如 就业创业、志愿服务、法律援助、家庭教育' },
        { text: '# since: 2021', comment: '选填:创立年份' },
        { text: '# parent: jilin-sijie', comment: '选填:所属总品牌的文件名' },
        { text: '# logo: ./品牌文件名-logo.png', comment: '选填:标志图,放在本文件旁边' },
        { text: 'featured: false', comment: '写 true 在首页展示' },
        withdrawn,
        ...shared,
      ],
      '品牌。写好后运行 npm run check 检查。',
    ) + `${todo('品牌简介:做什么、面向谁、做了多少')}\n`
  );
}

function columnTemplate(name: string, city: Line): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: '必填:栏目名称' },
        city,
        { text: `platform: ${todo('刊发平台')}`, comment: '必填:如 微信公众号' },
        { text: `summary: ${todo('一两句话的简介')}`, comment: '必填:用于列表和分享' },
        ...shared,
      ],
      '栏目。栏目下的文章在新闻里写 column: 本文件名 归进来。写好后运行 npm run check 检查。',
    ) + `${todo('栏目介绍')}\n`
  );
}

function cityTemplate(name: string, parent: CityInfo | undefined): string {
  return (
    frontmatter(
      [
        { text: `name: ${scalar(name)}`, comment: '必填:显示名称' },
        { text: `federation: ${todo('妇联全称')}`, comment: '必填:如 吉林市妇女联合会' },
        { text: `province: ${todo('所在省份')}`, comment: '必填:如 吉林省' },
        parent
          ? { text: `parent: ${parent.id}`, comment: `区县才写:上级城市(${parent.name})` }
          : { text: '# parent: tianshui', comment: '区县才写:上级城市的文件名' },
        { text: `adminCode: "${todo('6 位行政区划代码')}"`, comment: '必填:6 位数字,加英文双引号' },
        { text: `lang: ${parent?.lang ?? 'zh-Hans'}`, comment: '本城市内容的字形:zh-Hans 简体 / zh-Hant 繁体' },
        { text: '# wechat: 吉林市妇联', comment: '选填:妇联微信公众号名称' },
        { text: 'figures: []', comment: '选填:关键数字,写法见 docs/content.md' },
        { text: shared[0]!.text, comment: shared[0]!.comment },
        { text: shared[1]!.text, comment: shared[1]!.comment },
      ],
      '城市。写好后运行 npm run check 检查。',
    ) + `${todo('城市(妇联)简介,1–3 段')}\n`
  );
}
