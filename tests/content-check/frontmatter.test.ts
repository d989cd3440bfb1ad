import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseFrontmatter } from '../../src/content-check/index.ts';

/** Joins lines with \n so each test shows the file as staff see it, line by line. */
const file = (...lines: string[]) => lines.join('\n');

function frontmatterError(source: string): FrontmatterError {
  try {
    parseFrontmatter(source);
  } catch (error) {
    if (error instanceof FrontmatterError) return error;
    throw error;
  }
  throw new Error('expected a FrontmatterError');
}

describe('parseFrontmatter', () => {
  const source = file(
    '---', //                    1
    'name: 吉林四姐', //          2
    'city: jilin', //            3
    'since: 2016', //            4
    'source:', //                5
    '  name: 吉林市妇联', //      6
    '  kind: wechat', //         7
    'brands:', //                8
    '  - jilin-dajie', //        9
    '  - jilin-sijie', //        10
    'adminCode: "220200"', //    11
    'date: 2024-11-21', //       12
    '---', //                    13
    '正文第一行。', //            14
    '', //                       15
    '正文第二段。', //            16
  );

  it('reads the YAML between the fences as data', () => {
    const { data } = parseFrontmatter(source);
    expect(data).toEqual({
      name: '吉林四姐',
      city: 'jilin',
      since: 2016,
      source: { name: '吉林市妇联', kind: 'wechat' },
      brands: ['jilin-dajie', 'jilin-sijie'],
      adminCode: '220200',
      // YAML 1.2 core schema: dates stay text, for the schema to read in Asia/Shanghai.
      date: '2024-11-21',
    });
  });

  it('returns the body and the file line it starts on', () => {
    const { body, bodyLine } = parseFrontmatter(source);
    expect(body).toBe('正文第一行。\n\n正文第二段。');
    expect(bodyLine).toBe(14);
  });

  it('gives the file line of a top-level field', () => {
    const { lineOf } = parseFrontmatter(source);
    expect(lineOf(['name'])).toBe(2);
    expect(lineOf(['city'])).toBe(3);
    expect(lineOf(['date'])).toBe(12);
  });

  it('gives the file line of nested fields and list items', () => {
    const { lineOf } = parseFrontmatter(source);
    expect(lineOf(['source', 'kind'])).toBe(7);
    expect(lineOf(['brands', 0])).toBe(9);
    expect(lineOf(['brands', 1])).toBe(10);
  });

  it('falls back to the closest parent that exists, then to line 1', () => {
    const { lineOf } = parseFrontmatter(source);
    expect(lineOf(['source', 'url'])).toBe(6);
    expect(lineOf(['brands', 5])).toBe(9);
    expect(lineOf(['summary'])).toBe(1);
    expect(lineOf([])).toBe(1);
  });

  it('gives the line of a key written with no value', () => {
    const { data, lineOf } = parseFrontmatter(file('---', 'name: 最美执委', 'wechat:', 'city: jilin', '---'));
    expect(data).toEqual({ name: '最美执委', wechat: null, city: 'jilin' });
    expect(lineOf(['wechat'])).toBe(3);
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const parsed = parseFrontmatter('\uFEFF---\r\nname: 吉林市\r\ncity: jilin\r\n---\r\n正文\r\n');
    expect(parsed.data).toEqual({ name: '吉林市', city: 'jilin' });
    expect(parsed.lineOf(['city'])).toBe(3);
    expect(parsed.body).toBe('正文\n');
  });

  it('reads empty frontmatter as no fields', () => {
    const parsed = parseFrontmatter(file('---', '---', '正文'));
    expect(parsed.data).toEqual({});
    expect(parsed.bodyLine).toBe(3);
  });

  it('resolves YAML anchors and aliases', () => {
    const { data } = parseFrontmatter(file('---', 'a: &x jilin', 'b: *x', '---'));
    expect(data).toEqual({ a: 'jilin', b: 'jilin' });
  });

  describe('errors', () => {
    it('reports a file without an opening fence on line 1, saying where the fence goes', () => {
      const error = frontmatterError(file('name: 吉林市', '正文'));
      expect(error.line).toBe(1);
      expect(error.message).toBe('文件第一行要是 ---:在“name: 吉林市”这一行上面加一行 ---,属性区写完后再加一行 ---');
    });

    it('reports frontmatter that never closes on the line where the body starts', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', '', '正文'));
      expect(error.line).toBe(4);
      expect(error.message).toBe('属性区没有结束的 --- 行:请在这一行(正文开始的地方)上面加一行 ---');
    });

    it('reports a YAML syntax error on the file line it is on, in Chinese with the fix', () => {
      // A full-width colon: staff typing with a Chinese input method.
      const error = frontmatterError(
        file('---', 'name: 吉林市', 'federation：吉林市妇女联合会', 'province: 吉林省', '---'),
      );
      expect(error.line).toBe(3);
      expect(error.message).toBe(
        '“federation”后面是中文冒号“：”:请换成英文冒号再加一个空格,写成“federation: 吉林市妇女联合会”',
      );
    });

    it('reports a repeated field on the line of the repeat, naming the first', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', 'city: jilin', 'name: 长春市', '---'));
      expect(error.line).toBe(4);
      expect(error.message).toBe('字段“name”写了两次(第 2 行已经写过):删去其中一行');
    });

    it('reports tabs used for indentation', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', 'source:', '\tname: 吉林市妇联', '---'));
      expect(error.line).toBe(4);
      expect(error.message).toBe('这一行开头用了 Tab 键:缩进只能用空格,请把 Tab 换成两个空格');
    });

    it('reports a value the parser accepts but cannot read (an alias to no anchor) without throwing', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', 'summary: *重要* 通知', '---'));
      expect(error.line).toBe(3);
      expect(error.message).toContain('值以“*”开头');
    });

    it("never answers in the YAML library's English", () => {
      const broken = [
        ['title：标题'],
        ['title:标题'],
        ['title: 主题: 就业'],
        ['title: "标题'],
        ['tags: [a, b'],
        ['title: @妇联'],
        ['source:', '  name: a', '   kind: b'],
        ['title: a', '  date: 2024-01-01'],
        ['title: a', '说明文字'],
        ['title: |x'],
      ];
      for (const yaml of broken) {
        const { message } = frontmatterError(file('---', ...yaml, '---'));
        expect(message, yaml.join('\\n')).not.toMatch(/[A-Za-z]{4,} [a-z]{2,}/);
      }
    });

    it('rejects frontmatter that is a list or plain text instead of fields', () => {
      for (const yaml of [['- a', '- b'], ['只是一句话']]) {
        const error = frontmatterError(file('---', ...yaml, '---'));
        expect(error.message).toBe('属性区必须是“字段: 值”的形式');
        expect(error.line).toBe(2);
      }
    });
  });

  describe('notes: what YAML accepts but a person did not mean', () => {
    it('reads a list written without the space after each dash as an error on its line', () => {
      const { notes } = parseFrontmatter(file('---', 'name: 吉林四姐', 'tags:', '  -家政', '  -培训', '---'));
      expect(notes).toEqual([
        { line: 4, field: 'tags', message: '列表的“-”后面要有一个空格:写成“  - 家政”', severity: 'error' },
      ]);
    });

    it('reads a template explanation kept inside a value as an error', () => {
      const { notes } = parseFrontmatter(file('---', 'summary: "一次培训。   # 必填:用于列表"', '---'));
      expect(notes).toEqual([
        {
          line: 2,
          field: 'summary',
          message: expect.stringContaining('值里混进了说明文字“# 必填:用于列表”'),
          severity: 'error',
        },
      ]);
    });

    it('warns of a full-width comma or 顿号 inside a [...] list, with the list written as meant', () => {
      const { data, notes } = parseFrontmatter(
        file('---', 'tags: [就业创业，巾帼]', 'credits:', '  editor: [张三、李四, 王五]', '---'),
      );
      expect(data.tags).toEqual(['就业创业，巾帼']);
      expect(notes).toEqual([
        {
          line: 2,
          field: 'tags',
          message: '列表里用了中文逗号“，”:“就业创业，巾帼”会成为一项;要分成几项,请用英文逗号,写成 [就业创业, 巾帼]',
          severity: 'warning',
        },
        {
          line: 4,
          field: 'credits.editor',
          message: '列表里用了中文顿号“、”:“张三、李四”会成为一项;要分成几项,请用英文逗号,写成 [张三, 李四, 王五]',
          severity: 'warning',
        },
      ]);
    });

    it('has nothing to say of well-written frontmatter, a # inside a title or a full-width comma in plain text', () => {
      expect(parseFrontmatter(source).notes).toEqual([]);
      const { notes } = parseFrontmatter(
        file('---', 'title: 第#3期“巾帼课堂”', 'summary: 开班，结业。', 'tags: [就业创业, 巾帼]', '---'),
      );
      expect(notes).toEqual([]);
    });
  });
});
