import type { CollectionName, SchemaContext } from './shared.ts';
import { citySchema } from './city.ts';
import { newsSchema } from './news.ts';
import { brandSchema } from './brand.ts';
import { personSchema } from './person.ts';
import { columnSchema } from './column.ts';

export { citySchema, newsSchema, brandSchema, personSchema, columnSchema };
export * from './shared.ts';

/** Where each collection lives and which schema checks it: shared by Astro, scripts and tests. */
export const collections = {
  cities: { base: 'content/cities', pattern: '*.md', schema: citySchema },
  news: { base: 'content/news', pattern: '*/*.{md,mdx}', schema: newsSchema },
  brands: { base: 'content/brands', pattern: '*.{md,mdx}', schema: brandSchema },
  people: { base: 'content/people', pattern: '*.{md,mdx}', schema: personSchema },
  columns: { base: 'content/columns', pattern: '*.md', schema: columnSchema },
} as const satisfies Record<CollectionName, { base: string; pattern: string; schema: (ctx: SchemaContext) => unknown }>;
