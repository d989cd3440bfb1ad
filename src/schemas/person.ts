import { z } from 'astro/zod';
import { describedImage, profileFields, text, withEntryImages, type ReferenceFn } from './shared.ts';

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
      // featured, lang, withdrawn, aliases, allowPersonalData: see `profileFields`.
      ...profileFields(),
    }),
  (image) => ({
    // Portrait beside the entry.
    portrait: describedImage(image).optional(),
  }),
);
