import { buildOptions } from '../build/options.ts';
import type { CollectionName, SchemaContext } from './shared.ts';
import { citySchema } from './city.ts';
import { newsSchema } from './news.ts';
import { brandSchema } from './brand.ts';
import { personSchema } from './person.ts';
import { columnSchema } from './column.ts';

export { citySchema, newsSchema, brandSchema, personSchema, columnSchema };
export * from './shared.ts';

const { contentDir } = buildOptions;

/** Where each collection lives and which schema checks it: shared by Astro, scripts and tests. */
export const collections = {
  cities: { base: `${contentDir}/cities`, pattern: '*.md', schema: citySchema },
  news: { base: `${contentDir}/news`, pattern: '*/*.{md,mdx}', schema: newsSchema },
  brands: { base: `${contentDir}/brands`, pattern: '*.{md,mdx}', schema: brandSchema },
  people: { base: `${contentDir}/people`, pattern: '*.{md,mdx}', schema: personSchema },
  columns: { base: `${contentDir}/columns`, pattern: '*.md', schema: columnSchema },
} as const satisfies Record<CollectionName, { base: string; pattern: string; schema: (ctx: SchemaContext) => unknown }>;
