import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check/index.ts';

/**
 * The mistakes people make editing a file by hand, one fixture each, answered
 * as `file:line: field: message` with what to type instead.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url));

const NEWS = 'content/news/2024/jiazheng-peixun.md';

function lines(problems: readonly Problem[], severity: 'error' | 'warning' = 'error'): string[] {
  return problems.map((problem) => formatProblem(problem, severity));
}

describe('checkContent: YAML written by hand', () => {
  const cases: [fixture: string, expected: string][] = [
    [
      'yaml-error',
      'content/cities/jilin.md:3: “federation”后面是中文冒号“：”:请换成英文冒号再加一个空格,写成“federation: 吉林市妇女联合会”',
    ],
    ['yaml-colon-no-space', `${NEWS}:2: 冒号后面少了一个空格:写成“title: 家政技能培训开班”(英文冒号,后面空一格)`],
    [
      'yaml-colon-in-title',
      `${NEWS}:2: 值里有英文冒号加空格“: ”,会被当成又一个字段:请给整个值加上英文双引号,写成“title: "培训主题: 家政技能"”,或者把冒号改成中文冒号“：”`,
    ],
    ['yaml-tab-indent', `${NEWS}:7: 这一行开头用了 Tab 键:缩进只能用空格,请把 Tab 换成两个空格`],
    ['yaml-unclosed-quote', `${NEWS}:2: 引号没有配对:开头是英文双引号“"”,结尾却是中文引号“””;两头都要用英文双引号`],
    ['yaml-list-dash', `${NEWS}:12: tags: 列表的“-”后面要有一个空格:写成“  - 家政服务”`],
    ['yaml-duplicate-field', `${NEWS}:11: 字段“title”写了两次(第 2 行已经写过):删去其中一行`],
    [
      'yaml-bad-indent',
      `${NEWS}:8: 这一行的缩进和上下文对不上:同一层的字段要从同一列开始,子字段(如 source 下面的 name)比上一层多缩进两个空格`,
    ],
    ['yaml-unclosed-list', `${NEWS}:11: 结尾用了中文括号“】”:请改成英文的 ]`],
    [
      'yaml-reserved-start',
      `${NEWS}:2: 值以“@”开头,这在 YAML 里有特殊含义:请给整个值加上英文双引号,写成“title: "@吉林市妇联 家政技能培训开班"”`,
    ],
    [
      'yaml-missing-start',
      'content/cities/jilin.md:1: 文件第一行要是 ---:在“name: 吉林市”这一行上面加一行 ---,属性区写完后再加一行 ---',
    ],
    ['yaml-missing-end', 'content/cities/jilin.md:7: 属性区没有结束的 --- 行:请在这一行(正文开始的地方)上面加一行 ---'],
    [
      'comment-in-value',
      `${NEWS}:5: summary: 值里混进了说明文字“# 必填:用于列表、搜索结果和分享”:请把它从值里删去(说明要放在引号外面,# 前面空一格,才不会被当成内容)`,
    ],
  ];

  for (const [name, expected] of cases) {
    it(`${name}: one problem, on its line, saying what to type`, () => {
      const { problems, warnings } = checkContent(fixture(name));
      expect(lines(problems)).toEqual([expected]);
      expect(warnings).toEqual([]);
    });
  }

  it('list-wide-comma: a warning on the list line, and the check still passes', () => {
    const { problems, warnings, entries } = checkContent(fixture('list-wide-comma'));
    expect(problems).toEqual([]);
    expect(lines(warnings, 'warning')).toEqual([
      `${NEWS}:11: tags: 提醒:列表里用了中文逗号“，”:“家政服务，技能培训”会成为一项;要分成几项,请用英文逗号,写成 [家政服务, 技能培训]`,
    ]);
    expect(entries.find((entry) => entry.collection === 'news')?.data.tags).toEqual(['家政服务，技能培训']);
  });
});

describe('checkContent: a name written where a file name belongs', () => {
  it('answers each reference field with the file name to write', () => {
    const { problems } = checkContent(fixture('name-for-slug'));
    expect(lines(problems)).toEqual([
      'content/news/2024/sijie-peixun.md:4: city: 找不到城市“吉林”:这里要写城市的文件名,写 jilin(吉林市)',
      'content/news/2024/sijie-peixun.md:13: brands.0: 找不到品牌“吉林四姐”:这里要写品牌的文件名,写 jilin-sijie(吉林四姐)',
      'content/news/2024/sijie-peixun.md:14: people.0: 找不到人物“方淑玲”:这里要写人物的文件名,写 fang-shuling(方淑玲)',
      'content/news/2024/sijie-peixun.md:15: column: 找不到栏目“最美执委”:这里要写栏目的文件名,写 zuimei-zhiwei(最美执委)',
      'content/people/fang-shuling.md:9: columns.0: 找不到栏目“zuimei-zhiwei.md”:这里要写栏目的文件名,写 zuimei-zhiwei(最美执委)',
    ]);
  });
});
