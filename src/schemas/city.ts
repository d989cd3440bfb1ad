import { z } from 'astro/zod';
import { aliases, allowPersonalData, scriptSchema, text, withoutImages, type ReferenceFn } from './shared.ts';

const figure = z.strictObject({
  // What is counted, e.g. 妇女微家.
  label: text(),
  // The number itself.
  value: z.number({ error: '必须是数字' }).nonnegative('不能是负数'),
  // Unit shown after the number, e.g. 个, 人, 场.
  unit: text()
    .optional()
    .transform((unit) => unit ?? ''),
  // When the number was true: 2023, 2023-12 or 2023-12-31.
  asOf: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{4}(-\d{2}){0,2}$/, '写成 2023、2023-12 或 2023-12-31')),
  // Who published the number.
  source: text(),
});

export const citySchema = withoutImages((reference: ReferenceFn) =>
  z.strictObject({
    // Display name, e.g. 吉林市.
    name: text(),
    // Full name of the federation, e.g. 吉林市妇女联合会.
    federation: text(),
    // Province or municipality, e.g. 吉林省.
    province: text(),
    // The city this district sits under (秦州区 → tianshui).
    parent: reference('cities').optional(),
    // Six-digit administrative division code.
    adminCode: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^\d{6}$/, '行政区划代码必须是 6 位数字')),
    // Default script of this city's content.
    lang: scriptSchema.default('zh-Hans'),
    // Name of the federation's WeChat official account.
    wechat: text().optional(),
    // Key numbers, drawn as a chart on the city page.
    figures: z.array(figure).default([]),
    // Old paths of this page (after a rename or move); each redirects here.
    aliases: aliases(),
    // Phone or ID numbers in this entry are meant to be public.
    allowPersonalData: allowPersonalData(),
  }),
);

export type CityFigure = z.infer<typeof figure>;
