import { describe, expect, it } from 'vitest';
import { personSchema } from '../../src/schemas/index.ts';
import { context, issues, parsed } from './support.ts';

const schema = personSchema(context);
const person = {
  name: '方淑玲',
  city: 'jilin',
  summary: '扎根社区二十年的巾帼志愿者。',
  role: '社区妇联主席',
  organization: '吉林市船营区某社区',
};

describe('personSchema', () => {
  it('accepts a minimal person and fills the defaults', () => {
    expect(parsed(schema, person)).toEqual({
      ...person,
      city: { collection: 'cities', id: 'jilin' },
      brands: [],
      columns: [],
      featured: false,
      aliases: [],
      allowPersonalData: false,
    });
  });

  it('resolves brands and columns and keeps the portrait with its description', () => {
    const data = parsed(schema, {
      ...person,
      honorific: '吉林大姐',
      brands: ['jilin-sijie'],
      columns: ['zuimei-zhiwei'],
      portrait: { src: './fang.jpg', alt: '方淑玲在社区' },
    });
    expect(data).toMatchObject({
      honorific: '吉林大姐',
      brands: [{ collection: 'brands', id: 'jilin-sijie' }],
      columns: [{ collection: 'columns', id: 'zuimei-zhiwei' }],
      portrait: { src: './fang.jpg', alt: '方淑玲在社区' },
    });
  });

  it('rejects brands written as one id instead of a list', () => {
    expect(issues(schema, { ...person, brands: 'jilin-sijie' })).toEqual([
      { path: 'brands', message: '应为列表(写成 [甲, 乙],或每行一个“- 甲”),这里写的是文字“jilin-sijie”' },
    ]);
  });

  it('rejects a portrait with a blank description', () => {
    expect(issues(schema, { ...person, portrait: { src: './fang.jpg', alt: ' ' } })).toEqual([
      { path: 'portrait.alt', message: '不能为空' },
    ]);
  });

  it('rejects a script other than zh-Hans or zh-Hant', () => {
    expect(issues(schema, { ...person, lang: 'zh-TW' })).toEqual([
      { path: 'lang', message: '只能是 zh-Hans(简体)或 zh-Hant(繁体)' },
    ]);
  });
});
