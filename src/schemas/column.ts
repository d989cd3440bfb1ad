import { z } from 'astro/zod';
import { aliases, allowPersonalData, scriptSchema, text, withoutImages, type ReferenceFn } from './shared.ts';

export const columnSchema = withoutImages((reference: ReferenceFn) =>
  z.strictObject({
    // Column name, e.g. 最美执委.
    name: text(),
    // City section that runs it.
    city: reference('cities'),
    // Where it appears, e.g. 微信公众号.
    platform: text(),
    // One or two sentences for lists and sharing.
    summary: text(),
    // Script of this page; defaults to the city's.
    lang: scriptSchema.optional(),
    // Old paths of this page (after a rename or move); each redirects here.
    aliases: aliases(),
    // Phone or ID numbers in this entry are meant to be public.
    allowPersonalData: allowPersonalData(),
  }),
);
