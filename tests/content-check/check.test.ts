import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';

/** Each fixture is a project root of its own: tests/fixtures/content/<name>/content/… */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url));

describe('checkContent: a valid site', () => {
  const { entries, problems } = checkContent(fixture('valid'));

  it('finds no problems', () => {
    expect(problems).toEqual([]);
  });

  it('reads one entry per collection, with ids and project-relative files', () => {
    expect(entries.map(({ collection, id, file, valid }) => ({ collection, id, file, valid }))).toEqual([
      { collection: 'cities', id: 'jilin', file: 'content/cities/jilin.md', valid: true },
      { collection: 'news', id: '2024/sijie-peixun', file: 'content/news/2024/sijie-peixun.md', valid: true },
      { collection: 'brands', id: 'jilin-sijie', file: 'content/brands/jilin-sijie.md', valid: true },
      { collection: 'people', id: 'fang-shuling', file: 'content/people/fang-shuling.md', valid: true },
      { collection: 'columns', id: 'zuimei-zhiwei', file: 'content/columns/zuimei-zhiwei.md', valid: true },
    ]);
  });

  it('keeps the parsed data, with references and dates resolved', () => {
    const news = entries.find((entry) => entry.collection === 'news');
    expect(news?.data).toMatchObject({
      title: '吉林四姐开展家政技能培训',
      city: { collection: 'cities', id: 'jilin' },
      brands: [{ collection: 'brands', id: 'jilin-sijie' }],
      people: [{ collection: 'people', id: 'fang-shuling' }],
      column: { collection: 'columns', id: 'zuimei-zhiwei' },
      credits: { editor: ['张三'], reviewer: ['李四', '王五'] },
      cover: { src: { src: './sijie-peixun.png' }, alt: '学员在培训课上练习' },
      draft: false,
    });
    expect((news?.data.date as Date).toISOString()).toBe('2024-11-20T16:00:00.000Z');
    expect(news?.lineOf(['column'])).toBe(15);
  });

  it('fills defaults and converts the admin code to text', () => {
    const city = entries.find((entry) => entry.collection === 'cities');
    expect(city?.data).toMatchObject({ adminCode: '220200', lang: 'zh-Hans' });
    expect(city?.data.figures).toEqual([
      { label: '妇女微家', value: 2633, unit: '个', asOf: '2023-12', source: '吉林市妇联' },
    ]);
  });
});

describe('checkContent: problems', () => {
  it('reports a reference to a city that has no file, naming the id and the file it expected', () => {
    const { problems } = checkContent(fixture('dangling-reference'));
    expect(problems).toEqual([
      {
        file: 'content/news/2024/changchun-huodong.md',
        line: 4,
        field: 'city',
        message: '找不到城市“changchun”(应有文件 content/cities/changchun.md)',
      },
    ]);
  });

  it('still follows the references of an entry with a schema error, down to the list item', () => {
    const { problems } = checkContent(fixture('dangling-in-list'));
    expect(problems).toEqual([
      { file: 'content/people/fang-shuling.md', line: 1, field: 'role', message: expect.any(String) },
      {
        file: 'content/people/fang-shuling.md',
        line: 8,
        field: 'brands.1',
        message: '找不到品牌“jilin-dajie”(应有文件 content/brands/jilin-dajie.md)',
      },
    ]);
  });

  it('reports an entry that references itself', () => {
    const { problems } = checkContent(fixture('self-reference'));
    expect(problems).toEqual([{ file: 'content/cities/jilin.md', line: 5, field: 'parent', message: '不能引用自己' }]);
  });

  it('reports a date that does not exist, quoting it', () => {
    const { problems } = checkContent(fixture('bad-date'));
    expect(problems).toEqual([
      {
        file: 'content/news/2024/sanba-jie.md',
        line: 3,
        field: 'date',
        message: expect.stringContaining('日期无法识别:“2024-02-30”'),
      },
    ]);
  });

  it('reports a value outside an enum on the line of the nested field', () => {
    const { problems } = checkContent(fixture('wrong-enum'));
    expect(problems).toEqual([
      {
        file: 'content/news/2024/sanba-jie.md',
        line: 8,
        field: 'source.kind',
        message: '只能是 wechat、newspaper、media 或 original',
      },
    ]);
  });

  it('reports a missing required field by name, on the first line', () => {
    const { problems } = checkContent(fixture('missing-field'));
    expect(problems).toEqual([
      {
        file: 'content/columns/zuimei-zhiwei.md',
        line: 1,
        field: 'platform',
        message: '缺少必填项:请填写这个字段',
      },
    ]);
  });

  it('reports each unknown field on its own line, top-level and nested', () => {
    const { problems } = checkContent(fixture('unknown-field'));
    expect(problems).toEqual([
      {
        file: 'content/news/2024/sanba-jie.md',
        line: 9,
        field: 'credits.edtor',
        message: '没有“edtor”这个字段:请检查拼写,或删去这一行',
      },
      {
        file: 'content/columns/zuimei-zhiwei.md',
        line: 6,
        field: 'sumary',
        message: '没有“sumary”这个字段:请检查拼写,或删去这一行',
      },
    ]);
  });

  it('reports news filed under a year other than its date', () => {
    const { problems } = checkContent(fixture('wrong-year-folder'));
    expect(problems).toEqual([
      {
        file: 'content/news/2023/sanba-jie.md',
        line: 3,
        field: 'date',
        message: '日期是 2024 年,文件却在 2023 文件夹里:请把文件移到 content/news/2024/',
      },
    ]);
  });

  it('reports news that sits outside a year folder and would never be published', () => {
    const { entries, problems } = checkContent(fixture('news-outside-year'));
    expect(entries.map((entry) => entry.id)).toEqual(['jilin']);
    expect(problems).toEqual([
      {
        file: 'content/news/2024/sanba/zuotan.md',
        line: 1,
        message: '这个文件不会发布:新闻必须放在以年份命名的文件夹里,例如 content/news/2024/,扩展名为 .md 或 .mdx',
      },
      {
        file: 'content/news/sanba-jie.md',
        line: 1,
        message: '这个文件不会发布:新闻必须放在以年份命名的文件夹里,例如 content/news/2024/,扩展名为 .md 或 .mdx',
      },
    ]);
  });

  it('reports files in any collection that Astro would skip: subfolders and wrong extensions', () => {
    const { entries, problems } = checkContent(fixture('stray-files'));
    expect(entries.map((entry) => entry.id)).toEqual(['jilin']);
    expect(problems).toEqual([
      {
        file: 'content/cities/changchun.markdown',
        line: 1,
        message: '这个文件不会发布:城市文件应直接放在 content/cities/ 里,扩展名为 .md',
      },
      {
        file: 'content/brands/jilin/jilin-sijie.md',
        line: 1,
        message: '这个文件不会发布:品牌文件应直接放在 content/brands/ 里,扩展名为 .md 或 .mdx',
      },
    ]);
  });

  it('reports a file name that is not a pinyin slug, naming it', () => {
    const { entries, problems } = checkContent(fixture('non-pinyin-name'));
    expect(problems).toEqual([
      {
        file: 'content/columns/最美执委.md',
        line: 1,
        message: '文件名“最美执委”不能用作网址:请只用小写拼音、数字和连字符,例如 jilin-sijie.md',
      },
    ]);
    // The entry is still read: a bad name does not hide the checks of its content.
    expect(entries.find((entry) => entry.collection === 'columns')?.valid).toBe(true);
  });

  it('reports an image that is not beside the entry, naming the path written', () => {
    const { problems } = checkContent(fixture('missing-image'));
    expect(problems).toEqual([
      {
        file: 'content/brands/jilin-sijie.md',
        line: 6,
        field: 'logo',
        message: '找不到图片“./jilin-sijie-logo.png”:图片应放在这篇内容旁边,路径写成 ./图片文件名',
      },
    ]);
  });

  it('reports a YAML syntax error, and references to that entry are not dangling', () => {
    const { entries, problems } = checkContent(fixture('yaml-error'));
    expect(problems).toEqual([
      {
        file: 'content/cities/jilin.md',
        line: 3,
        message: expect.stringContaining('中文冒号'),
      },
    ]);
    expect(entries.find((entry) => entry.id === 'jilin')?.valid).toBe(false);
  });

  it('does not report a reference to an entry with a schema error as dangling', () => {
    const { entries, problems } = checkContent(fixture('invalid-target'));
    expect(problems).toEqual([
      {
        file: 'content/cities/jilin.md',
        line: 1,
        field: 'federation',
        message: expect.any(String),
      },
    ]);
    expect(entries.map(({ id, valid }) => ({ id, valid }))).toEqual([
      { id: 'jilin', valid: false },
      { id: 'zuimei-zhiwei', valid: true },
    ]);
    // Fields that passed are kept, so references from a broken entry are still followed.
    expect(entries[0]?.data).toMatchObject({ name: '吉林市', adminCode: '220200' });
  });

  it('reports nothing for a root with no content folder', () => {
    expect(checkContent(fixture('does-not-exist'))).toEqual({ entries: [], problems: [], warnings: [] });
  });
});
