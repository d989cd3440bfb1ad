import { z } from 'astro/zod';
import {
  aliases,
  allowPersonalData,
  describedImage,
  names,
  scriptSchema,
  shanghaiDate,
  text,
  webUrl,
  withdrawal,
  withEntryImages,
  type ReferenceFn,
} from './shared.ts';

export const sourceKinds = ['wechat', 'newspaper', 'media', 'original'] as const;

export const creditRoles = ['contributor', 'reporter', 'editor', 'reviewer', 'supervisor'] as const;
export type CreditRole = (typeof creditRoles)[number];

export const newsSchema = withEntryImages(
  (reference: ReferenceFn) =>
    z.strictObject({
      // Headline.
      title: text(),
      // Publication date, Asia/Shanghai.
      date: shanghaiDate(),
      // Date of the last substantive change, if any.
      updated: shanghaiDate().optional(),
      // What was corrected, shown on the page with the `updated` date.
      correction: text().optional(),
      // City section the item belongs to.
      city: reference('cities'),
      // One or two sentences for lists, search results and sharing.
      summary: text(),
      // Where the item was first published.
      source: z.strictObject({
        // Publisher, e.g. 聊城市妇联微信公众号.
        name: text(),
        // Link to the original, if it is online.
        url: webUrl().optional(),
        // wechat 公众号, newspaper 报纸, media 融媒体, original 本站原创.
        kind: z.enum(sourceKinds, { error: '只能是 wechat、newspaper、media 或 original' }),
      }),
      // 供稿 / 记者 / 编辑 / 审核 / 监制, each a name or a list of names.
      credits: z
        .strictObject({
          // 供稿
          contributor: names().optional(),
          // 记者
          reporter: names().optional(),
          // 编辑
          editor: names().optional(),
          // 审核
          reviewer: names().optional(),
          // 监制
          supervisor: names().optional(),
        })
        .default({}),
      // Brand projects the item is about.
      brands: z.array(reference('brands')).default([]),
      // People the item mentions.
      people: z.array(reference('people')).default([]),
      // Recurring column the item appears in.
      column: reference('columns').optional(),
      // Free keywords; each gets a page.
      tags: z.array(text()).default([]),
      // Script of this item; defaults to the city's.
      lang: scriptSchema.optional(),
      // Drafts are left out of production builds.
      draft: z.boolean().default(false),
      // A future date is meant: the item appears on the first build after it.
      scheduled: z.boolean().default(false),
      // Taken down: the page stays, saying so and why, instead of a 404.
      withdrawn: withdrawal().optional(),
      // Old paths of this page (after a rename or move); each redirects here.
      aliases: aliases(),
      // Phone or ID numbers in this entry are meant to be public.
      allowPersonalData: allowPersonalData(),
    }),
  (image) => ({
    // Lead picture, processed by sharp.
    cover: describedImage(image).optional(),
  }),
);
