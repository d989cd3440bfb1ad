import { z } from 'astro/zod';
import type { SchemaContext as AstroSchemaContext } from 'astro:content';
import { parseShanghaiDate } from '../lib/dates.ts';

// Staff read these messages: validation speaks Chinese everywhere the schemas run.
z.config(z.locales.zhCN());

export const collectionNames = ['cities', 'news', 'brands', 'people', 'columns'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** A reference to another entry, resolved to `{ collection, id }`. */
export type EntryRef<C extends CollectionName> = { collection: C; id: string };

/**
 * Astro passes `reference` from `astro:content`; scripts and tests pass a plain
 * stand-in, so every consumer validates with the very same schema.
 */
export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, string>;

export interface SchemaContext {
  image: AstroSchemaContext['image'];
  reference: ReferenceFn;
}

export const scriptSchema = z.enum(['zh-Hans', 'zh-Hant'], {
  error: '只能是 zh-Hans(简体)或 zh-Hant(繁体)',
});
export type Script = z.infer<typeof scriptSchema>;

export const text = () => z.string().trim().min(1, '不能为空');

const dateMessage = (value: unknown) =>
  value === undefined
    ? '缺少日期:请写成 2024-11-21 或 "2024-11-21 18:40"'
    : `日期无法识别:“${String(value)}”,请写成 2024-11-21 或 "2024-11-21 18:40"`;

/** A date in Asia/Shanghai: `2024-11-21` or `2024-11-21 18:40`. */
export const shanghaiDate = () =>
  // A number (`date: 2024`) or a missing date fails the union: it gets a message staff can act on, not a bare 无效输入.
  z.union([z.string(), z.date()], { error: (issue) => dateMessage(issue.input) }).transform((value, ctx) => {
    const date = parseShanghaiDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: dateMessage(value) });
      return z.NEVER;
    }
    return date;
  });

/** One name or several: `编辑: 张三` or `编辑: [张三, 李四]`. */
export const names = () => z.union([text(), z.array(text()).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** An image beside the entry with the text a screen reader speaks for it. */
export const describedImage = (image: SchemaContext['image']) =>
  z.object({
    src: image(),
    alt: text().describe('图片说明'),
  });
