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
  cities: { label: '城市', base: `${contentDir}/cities`, pattern: '*.md', schema: citySchema },
  news: { label: '新闻', base: `${contentDir}/news`, pattern: '*/*.{md,mdx}', schema: newsSchema },
  brands: { label: '品牌', base: `${contentDir}/brands`, pattern: '*.{md,mdx}', schema: brandSchema },
  people: { label: '人物', base: `${contentDir}/people`, pattern: '*.{md,mdx}', schema: personSchema },
  columns: { label: '栏目', base: `${contentDir}/columns`, pattern: '*.md', schema: columnSchema },
} as const satisfies Record<
  CollectionName,
  {
    /** What staff call the collection, in messages, docs and the editor. */
    label: string;
    base: string;
    pattern: string;
    schema: (ctx: SchemaContext) => unknown;
  }
>;
