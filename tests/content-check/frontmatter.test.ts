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
    it('reports a file without an opening fence on line 1', () => {
      const error = frontmatterError(file('name: 吉林市', '正文'));
      expect(error.line).toBe(1);
      expect(error.message).toContain('缺少 --- 包围的属性区');
    });

    it('reports frontmatter that never closes', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', '正文'));
      expect(error.line).toBe(1);
      expect(error.message).toContain('没有结束的 --- 行');
    });

    it('reports a YAML syntax error on the file line it is on', () => {
      // A full-width colon: staff typing with a Chinese input method.
      const error = frontmatterError(
        file('---', 'name: 吉林市', 'federation：吉林市妇女联合会', 'province: 吉林省', '---'),
      );
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/^属性区 YAML 写法有误:/);
    });

    it('reports a repeated field on the line of the repeat', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', 'city: jilin', 'name: 长春市', '---'));
      expect(error.line).toBe(4);
      expect(error.message).toContain('unique');
    });

    it('reports tabs used for indentation', () => {
      const error = frontmatterError(file('---', 'name: 吉林市', 'source:', '\tname: 吉林市妇联', '---'));
      expect(error.line).toBe(4);
      expect(error.message).toContain('Tabs');
    });

    it('rejects frontmatter that is a list or plain text instead of fields', () => {
      for (const yaml of [['- a', '- b'], ['只是一句话']]) {
        const error = frontmatterError(file('---', ...yaml, '---'));
        expect(error.message).toBe('属性区必须是“字段: 值”的形式');
        expect(error.line).toBe(2);
      }
    });
  });
});
