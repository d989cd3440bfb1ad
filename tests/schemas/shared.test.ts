import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  collectionNames,
  collections,
  describedImage,
  names,
  scriptSchema,
  shanghaiDate,
  text,
  withEntryImages,
  withoutImages,
  type ReferenceFn,
  type SchemaContext,
} from '../../src/schemas/index.ts';
import { context, issues, parsed } from './support.ts';

describe('text', () => {
  it('trims and rejects blank text', () => {
    expect(text().parse('  吉林市 ')).toBe('吉林市');
    expect(issues(text(), '   ')).toEqual([{ path: '', message: '不能为空' }]);
  });
});

describe('scriptSchema', () => {
  it('accepts the two scripts and rejects anything else in Chinese', () => {
    expect(scriptSchema.parse('zh-Hans')).toBe('zh-Hans');
    expect(scriptSchema.parse('zh-Hant')).toBe('zh-Hant');
    expect(issues(scriptSchema, 'zh')).toEqual([{ path: '', message: '只能是 zh-Hans(简体)或 zh-Hant(繁体)' }]);
  });
});

describe('names', () => {
  it('turns one name or several into a list', () => {
    expect(names().parse('张三')).toEqual(['张三']);
    expect(names().parse(['张三', ' 李四 '])).toEqual(['张三', '李四']);
  });

  it('rejects an empty list', () => {
    expect(issues(names(), [])).toEqual([{ path: '', message: expect.stringContaining('>=1') }]);
  });
});

describe('shanghaiDate', () => {
  it('reads text and YAML dates as Shanghai time', () => {
    expect(shanghaiDate().parse('2024-11-21 18:40').toISOString()).toBe('2024-11-21T10:40:00.000Z');
    expect(
      shanghaiDate()
        .parse(new Date(Date.UTC(2024, 10, 21)))
        .toISOString(),
    ).toBe('2024-11-20T16:00:00.000Z');
  });

  it('rejects text it cannot read, quoting it', () => {
    expect(issues(shanghaiDate(), '11/21/2024')).toEqual([
      { path: '', message: '日期无法识别:“11/21/2024”,请写成 2024-11-21 或 "2024-11-21 18:40"' },
    ]);
  });
});

describe('describedImage', () => {
  it('requires the text a screen reader speaks', () => {
    const schema = describedImage(context.image);
    expect(parsed(schema, { src: './a.png', alt: '合影' })).toEqual({ src: './a.png', alt: '合影' });
    expect(issues(schema, { src: './a.png', alt: '' })).toEqual([{ path: 'alt', message: '不能为空' }]);
  });
});

describe('collections', () => {
  it('lists every collection with its folder, file pattern and schema', () => {
    expect(Object.keys(collections).sort()).toEqual([...collectionNames].sort());
    expect(collections.news).toMatchObject({ base: 'content/news', pattern: '*/*.{md,mdx}' });
    for (const name of collectionNames) {
      expect(collections[name].base).toBe(`content/${name}`);
      expect(collections[name].schema(context)).toBeInstanceOf(z.ZodObject);
    }
  });
});

describe('withEntryImages', () => {
  const fields = (reference: ReferenceFn) => z.strictObject({ city: reference('cities') });
  const images = (image: SchemaContext['image']) => ({ cover: image().optional() });

  it('builds the other fields once per reference, and the image fields for every entry', () => {
    let built = 0;
    const schema = withEntryImages((reference) => {
      built += 1;
      return fields(reference);
    }, images);
    // Each entry's `image` resolves pictures beside its own file: here, a prefix stands for the folder.
    const imageIn = (folder: string) => (() => z.string().transform((file) => `${folder}/${file}`)) as never;
    const first = schema({ ...context, image: imageIn('news/2024') });
    const second = schema({ ...context, image: imageIn('news/2023') });
    expect(built).toBe(1);
    expect(parsed(first, { city: 'jilin', cover: 'a.jpg' })).toEqual({
      city: { collection: 'cities', id: 'jilin' },
      cover: 'news/2024/a.jpg',
    });
    expect(parsed(second, { city: 'jilin', cover: 'a.jpg' }).cover).toBe('news/2023/a.jpg');
    schema({
      ...context,
      reference: ((collection: string) => z.string().transform((id) => ({ collection, id }))) as never,
    });
    expect(built).toBe(2);
  });

  it('stays strict: an unknown field is still reported', () => {
    const schema = withEntryImages(fields, images)(context);
    expect(issues(schema, { city: 'jilin', covr: 'a.jpg' })).toEqual([
      { path: '', message: '出现未知的键(key): "covr"' },
    ]);
  });
});

describe('withoutImages', () => {
  it('hands out the schema it built for a reference', () => {
    let built = 0;
    const schema = withoutImages((reference) => {
      built += 1;
      return z.strictObject({ city: reference('cities') });
    });
    expect(schema(context)).toBe(schema({ ...context, image: (() => z.string()) as never }));
    expect(built).toBe(1);
  });
});
