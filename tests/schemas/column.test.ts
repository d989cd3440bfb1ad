import { describe, expect, it } from 'vitest';
import { columnSchema } from '../../src/schemas/index.ts';
import { context, issues, parsed } from './support.ts';

const schema = columnSchema(context);
const column = { name: '最美执委', city: 'jilin', platform: '微信公众号', summary: '讲述基层妇联执委的故事。' };

describe('columnSchema', () => {
  it('accepts a column and resolves its city', () => {
    expect(parsed(schema, { ...column, lang: 'zh-Hant' })).toEqual({
      ...column,
      city: { collection: 'cities', id: 'jilin' },
      lang: 'zh-Hant',
      aliases: [],
      allowPersonalData: false,
    });
  });

  it('leaves the script unset so the city’s applies', () => {
    expect(parsed(schema, column)).not.toHaveProperty('lang');
  });

  it('rejects a missing platform and a blank summary', () => {
    const { platform: _platform, ...noPlatform } = column;
    expect(issues(schema, { ...noPlatform, summary: '' })).toEqual([
      { path: 'platform', message: '缺少必填项:请填写这个字段' },
      { path: 'summary', message: '不能为空' },
    ]);
  });

  it('rejects a city reference that is not an id', () => {
    expect(issues(schema, { ...column, city: ['jilin'] })).toEqual([
      { path: 'city', message: '应为文字,这里写的是列表' },
    ]);
  });

  it('rejects unknown fields', () => {
    expect(issues(schema, { ...column, url: 'https://example.cn' })).toEqual([
      { path: '', message: expect.stringMatching(/未知的键.*"url"/) },
    ]);
  });
});
