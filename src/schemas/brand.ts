import { z } from 'astro/zod';
import { profileFields, text, withEntryImages, type ReferenceFn } from './shared.ts';

export const brandSchema = withEntryImages(
  (reference: ReferenceFn) =>
    z.strictObject({
      // Brand name, e.g. 吉林四姐.
      name: text(),
      // City section that runs it.
      city: reference('cities'),
      // One or two sentences for lists and sharing.
      summary: text(),
      // Field of work, e.g. 技能培训, 志愿服务, 法律援助, 家庭教育, 就业创业, 婚姻调解.
      category: text(),
      // Year the brand started.
      since: z.number().int().min(1949).max(2100).optional(),
      // Umbrella brand (吉林大姐 → 吉林四姐).
      parent: reference('brands').optional(),
      // featured, lang, withdrawn, aliases, allowPersonalData: see `profileFields`.
      ...profileFields(),
    }),
  (image) => ({
    // Logo beside the entry; its alt text is the brand name.
    logo: image().optional(),
  }),
);
