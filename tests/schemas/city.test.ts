import { describe, expect, it } from 'vitest';
import { citySchema } from '../../src/schemas/index.ts';
import { context, issues, parsed } from './support.ts';

const schema = citySchema(context);
const jilin = { name: '吉林市', federation: '吉林市妇女联合会', province: '吉林省', adminCode: '220200' };

describe('citySchema', () => {
  it('accepts a minimal city and fills the defaults', () => {
    expect(parsed(schema, jilin)).toEqual({
      ...jilin,
      lang: 'zh-Hans',
      figures: [],
      aliases: [],
      allowPersonalData: false,
    });
  });

  it('accepts the admin code written as a number, and keeps it as text', () => {
    expect(parsed(schema, { ...jilin, adminCode: 220200 }).adminCode).toBe('220200');
  });

  it('resolves the parent city to a reference', () => {
    expect(parsed(schema, { ...jilin, parent: 'tianshui' }).parent).toEqual({ collection: 'cities', id: 'tianshui' });
  });

  it('reads figures, with the unit defaulting to nothing and the date kept as text', () => {
    const data = parsed(schema, {
      ...jilin,
      figures: [
        { label: '妇女微家', value: 2633, unit: '个', asOf: '2023-12-31', source: '吉林市妇联' },
        { label: '执委', value: 0, asOf: 2023, source: '吉林市妇联' },
      ],
    });
    expect(data.figures).toEqual([
      { label: '妇女微家', value: 2633, unit: '个', asOf: '2023-12-31', source: '吉林市妇联' },
      { label: '执委', value: 0, unit: '', asOf: '2023', source: '吉林市妇联' },
    ]);
  });

  it('rejects an admin code that is not six digits', () => {
    for (const adminCode of ['2202', '22020a', 2202000]) {
      expect(issues(schema, { ...jilin, adminCode })).toEqual([
        { path: 'adminCode', message: '行政区划代码必须是 6 位数字' },
      ]);
    }
  });

  it('rejects a script other than zh-Hans or zh-Hant', () => {
    expect(issues(schema, { ...jilin, lang: 'zh-CN' })).toEqual([
      { path: 'lang', message: '只能是 zh-Hans(简体)或 zh-Hant(繁体)' },
    ]);
  });

  it('rejects blank names', () => {
    expect(issues(schema, { ...jilin, name: '  ' })).toEqual([{ path: 'name', message: '不能为空' }]);
  });

  it('rejects figures that are not numbers, negative, or dated wrongly', () => {
    const figure = { label: '妇女微家', unit: '个', source: '吉林市妇联' };
    expect(
      issues(schema, {
        ...jilin,
        figures: [
          { ...figure, value: '两千', asOf: 2023 },
          { ...figure, value: -1, asOf: '2023-12' },
          { ...figure, value: 5, asOf: '2023年' },
        ],
      }),
    ).toEqual([
      { path: 'figures.0.value', message: '必须是数字' },
      { path: 'figures.1.value', message: '不能是负数' },
      { path: 'figures.2.asOf', message: '写成 2023、2023-12 或 2023-12-31' },
    ]);
  });

  it('names each missing required field in Chinese', () => {
    const found = issues(schema, { name: '吉林市' });
    expect(found.map((issue) => issue.path)).toEqual(['federation', 'province', 'adminCode']);
    expect(found[0]?.message).toBe('缺少必填项:请填写这个字段');
  });

  it('rejects unknown fields, naming them', () => {
    expect(issues(schema, { ...jilin, wechatt: '吉林市妇联' })).toEqual([
      { path: '', message: expect.stringContaining('"wechatt"') },
    ]);
    expect(issues(schema, { ...jilin, wechatt: '吉林市妇联' })[0]?.message).toContain('未知的键');
  });
});
