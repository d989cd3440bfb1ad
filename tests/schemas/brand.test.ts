import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../src/schemas/index.ts';
import { context, issues, parsed } from './support.ts';

const schema = brandSchema(context);
const brand = { name: '吉林四姐', city: 'jilin', summary: '社区服务品牌。', category: '志愿服务' };

describe('brandSchema', () => {
  it('accepts a minimal brand and fills the defaults', () => {
    expect(parsed(schema, brand)).toEqual({
      ...brand,
      city: { collection: 'cities', id: 'jilin' },
      featured: false,
      aliases: [],
      allowPersonalData: false,
    });
  });

  it('accepts the optional fields, resolving the parent brand', () => {
    const data = parsed(schema, { ...brand, since: 2016, parent: 'jilin-dajie', logo: './logo.png', lang: 'zh-Hant' });
    expect(data).toMatchObject({
      since: 2016,
      parent: { collection: 'brands', id: 'jilin-dajie' },
      logo: './logo.png',
      lang: 'zh-Hant',
    });
  });

  it('rejects a starting year before 1949 or after 2100, or not a whole year', () => {
    expect(issues(schema, { ...brand, since: 1900 })).toEqual([
      { path: 'since', message: expect.stringContaining('1949') },
    ]);
    expect(issues(schema, { ...brand, since: 2101 })).toEqual([
      { path: 'since', message: expect.stringContaining('2100') },
    ]);
    expect(issues(schema, { ...brand, since: 2016.5 })).toEqual([
      { path: 'since', message: '应为整数,这里写的是“2016.5”' },
    ]);
  });

  it('rejects a featured flag that is not true or false', () => {
    expect(issues(schema, { ...brand, featured: 'yes' })).toEqual([
      { path: 'featured', message: '应为true 或 false,这里写的是文字“yes”' },
    ]);
  });

  it('rejects a blank category and a missing city', () => {
    const { city: _city, ...noCity } = brand;
    expect(issues(schema, { ...noCity, category: '' })).toEqual([
      { path: 'city', message: '缺少必填项:请填写这个字段' },
      { path: 'category', message: '不能为空' },
    ]);
  });
});
