import { z } from 'astro/zod';
import type { SchemaContext as AstroSchemaContext } from 'astro:content';
import { parseShanghaiDate } from '../lib/dates.ts';

// Staff read these messages: validation speaks Chinese everywhere the schemas run.
z.config(z.locales.zhCN());
z.config({ customError: plainTypeError });

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表(写成 [甲, 乙],或每行一个“- 甲”)',
  object: '一组子字段',
  date: '日期',
};

/** Zod's own wording (期望 string,实际接收 undefined) is for programmers; staff get a sentence they can act on. */
function plainTypeError(issue: { code?: string; expected?: unknown; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return '缺少必填项:请填写这个字段';
  const expected = typeNames[String(issue.expected)] ?? String(issue.expected);
  return `应为${expected},这里写的是${describeValue(issue.input)}`;
}

function describeValue(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (value instanceof Date) return '日期';
  if (typeof value === 'string') return `文字“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return `“${String(value)}”`;
  return typeNames[typeof value] ?? typeof value;
}

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

/**
 * A collection schema whose fields other than its images are built once per
 * `reference`. Astro builds a collection's schema afresh for every entry,
 * handing each its own `image` (which finds pictures beside that entry's
 * file), and building thirty fields costs about a hundred times more than
 * parsing an entry with them: at 10,000 articles, seconds of every build.
 * Only the image fields are built per entry, added with `extend`.
 */
export function withEntryImages<
  Fields extends z.ZodRawShape,
  Config extends z.core.$ZodObjectConfig,
  Images extends z.ZodRawShape,
>(fields: (reference: ReferenceFn) => z.ZodObject<Fields, Config>, images: (image: SchemaContext['image']) => Images) {
  const built = new WeakMap<ReferenceFn, z.ZodObject<Fields, Config>>();
  return ({ image, reference }: SchemaContext) => {
    let base = built.get(reference);
    if (!base) built.set(reference, (base = fields(reference)));
    return base.extend(images(image));
  };
}

/** A collection schema without images: built once per `reference` (see `withEntryImages`). */
export function withoutImages<Schema extends z.ZodObject>(fields: (reference: ReferenceFn) => Schema) {
  const built = new WeakMap<ReferenceFn, Schema>();
  return ({ reference }: SchemaContext) => {
    let schema = built.get(reference);
    if (!schema) built.set(reference, (schema = fields(reference)));
    return schema;
  };
}

export const scriptSchema = z.enum(['zh-Hans', 'zh-Hant'], {
  error: '只能是 zh-Hans(简体)或 zh-Hant(繁体)',
});
export type Script = z.infer<typeof scriptSchema>;

/**
 * Characters no text field may hold: C0 and C1 controls other than tab and
 * line breaks, the non-characters U+FFFE/U+FFFF, and lone surrogates. They
 * arrive unseen with text copied from elsewhere, and any one of them makes
 * every RSS feed that carries the text invalid XML.
 */
/* eslint-disable no-control-regex -- these are the characters to find */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */

/** Where in `value` the first character no text may hold is, counted from 1 (undefined when there is none). */
export function controlCharacterAt(value: string): number | undefined {
  const match = CONTROL.exec(value);
  return match ? [...value.slice(0, match.index)].length + 1 : undefined;
}

/** A string refused when it holds a control character, with where it is. */
const withoutControls = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const at = controlCharacterAt(value);
    if (at !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `第 ${at} 个字符是看不见的控制字符(多半是从别处复制来的):请把这段文字删去重新输入`,
      });
    }
  });

export const text = () => withoutControls(z.string().trim().min(1, '不能为空'));

/** A link to a page elsewhere: `https://` or `http://` only, never `javascript:`, `data:` or any other scheme. */
export const webUrl = () =>
  z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: '必须是完整网址,以 https:// 或 http:// 开头' }));

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
  z.strictObject({
    src: image(),
    alt: text().describe('图片说明'),
  });

/**
 * A path on this site as a reader once typed or scanned it: `/news/2023/sanba-jie/`,
 * or a page of an earlier site such as `/html/2017/0915/123.html`.
 */
export const sitePath = () =>
  withoutControls(z.string().trim())
    .regex(/^\/[^\s?#\\]*$/, '写成以 / 开头的站内路径,例如 /news/2023/sanba-jie/(不写域名)')
    .refine((path) => !path.split('/').includes('..'), '路径里不能有 ..')
    .refine((path) => !path.startsWith('/s/'), '/s/ 开头的是短链接,由网站自动生成,不能写在这里');

/** Old paths of an entry (renamed file, moved year, an earlier site): each becomes a redirect to it. */
export const aliases = () => z.array(sitePath()).default([]);

/** Explicit opt-in: phone numbers or ID numbers in this entry are meant to be public (a hotline, a published notice). */
export const allowPersonalData = () => z.boolean().default(false);

/** A kept page saying the entry was taken down, instead of a 404 (GOV.UK's withdrawn pages). */
export const withdrawal = () =>
  z.strictObject({
    // When it was taken down.
    date: shanghaiDate(),
    // Why, in a sentence readers will see.
    reason: text(),
  });

/** The fields a brand's and a person's page share after their own. */
export const profileFields = () => ({
  // Shown on the home page.
  featured: z.boolean().default(false),
  // Script of this page; defaults to the city's.
  lang: scriptSchema.optional(),
  // Taken down: the page stays, saying so and why, instead of a 404.
  withdrawn: withdrawal().optional(),
  // Old paths of this page (after a rename or move); each redirects here.
  aliases: aliases(),
  // Phone or ID numbers in this entry are meant to be public.
  allowPersonalData: allowPersonalData(),
});
