import { z } from 'astro/zod';
import {
  aliases,
  allowPersonalData,
  withdrawal,
  describedImage,
  scriptSchema,
  text,
  withEntryImages,
  type ReferenceFn,
} from './shared.ts';

export const personSchema = withEntryImages(
  (reference: ReferenceFn) =>
    z.strictObject({
      // Full name.
      name: text(),
      // City section the person belongs to.
      city: reference('cities'),
      // One or two sentences for lists and sharing.
      summary: text(),
      // Title of honour, e.g. 吉林大姐, 时代楷模.
      honorific: text().optional(),
      // Position, e.g. 村妇联主席.
      role: text(),
      // Where the person works.
      organization: text(),
      // Brands the person represents.
      brands: z.array(reference('brands')).default([]),
      // Columns that profiled the person.
      columns: z.array(reference('columns')).default([]),
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
    }),
  (image) => ({
    // Portrait beside the entry.
    portrait: describedImage(image).optional(),
  }),
);
