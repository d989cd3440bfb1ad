import { z } from 'astro/zod';
import { aliases, allowPersonalData, scriptSchema, text, withoutImages, type ReferenceFn } from './shared.ts';

const figure = z.strictObject({
  label: text().meta({ title: '统计项', description: '统计的是什么', examples: ['妇女微家'] }),
  value: z
    .number({ error: '必须是数字' })
    .nonnegative('不能是负数')
    .meta({ title: '数字', description: '数字本身,不写逗号、“余”“万”等字;不能为负', examples: ['2633'] }),
  unit: text()
    .optional()
    .transform((unit) => unit ?? '')
    .meta({ title: '单位', description: '数字后面显示的单位;“余”可以写在这里', examples: ['个', '余个', '人次'] }),
  asOf: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{4}(-\d{2}){0,2}$/, '写成 2023、2023-12 或 2023-12-31'))
    .meta({ title: '截至', description: '数字截至何时:年、年-月或年-月-日', examples: ['2023', '2024-11'] }),
  source: text().meta({ title: '发布者', description: '数字由谁发布', examples: ['聊城市妇联'] }),
});

export const citySchema = withoutImages((reference: ReferenceFn) =>
  z.strictObject({
    name: text().meta({ title: '显示名称', examples: ['吉林市'] }),
    federation: text().meta({ title: '妇联全称', examples: ['吉林市妇女联合会'] }),
    province: text().meta({ title: '所在省份', description: '省份或直辖市', examples: ['吉林省'] }),
    parent: reference('cities')
      .optional()
      .meta({ title: '上级城市', description: '区县才写:它所属的市', examples: ['tianshui'] }),
    adminCode: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^\d{6}$/, '行政区划代码必须是 6 位数字'))
      .meta({ title: '行政区划代码', description: '6 位数字;在文件里写要加英文双引号', examples: ['"220200"'] }),
    lang: scriptSchema.default('zh-Hans').meta({ title: '字形', description: '本城市内容默认的字形;不写为简体' }),
    wechat: text()
      .optional()
      .meta({ title: '微信公众号', description: '妇联微信公众号名称', examples: ['吉林市妇联'] }),
    figures: z
      .array(figure)
      .default([])
      .meta({ title: '关键数字', description: '在城市页画成图表;每项写统计项、数字、单位、截至和发布者' }),
    aliases: aliases(),
    allowPersonalData: allowPersonalData(),
  }),
);

export type CityFigure = z.infer<typeof figure>;
