import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as layout, type ReferenceFn } from './schemas/index.ts';
import { buildOptions } from './build/options.ts';
import { packRenderedHtml } from './build/tuning/packed-store.ts';
import { afterContentChecks } from './build/content-guard/checked-loader.ts';

const ref = reference as unknown as ReferenceFn;

const plainBuild = buildOptions.recipe === 'plain';

// Pages show the rendered HTML, never the Markdown source: retaining it would double the content store a build loads.
// The HTML is kept packed (build/tuning/packed-store.ts), and content loads while the content checks run
// (build/content-guard/); the plain recipe keeps Astro's defaults.
const files = (name: keyof typeof layout) => {
  const loader = glob({ base: layout[name].base, pattern: layout[name].pattern, retainBody: plainBuild });
  if (plainBuild) return loader;
  return afterContentChecks(buildOptions.tuning['packed-store'] ? packRenderedHtml(loader) : loader);
};

export const collections = {
  cities: defineCollection({
    loader: files('cities'),
    schema: ({ image }) => layout.cities.schema({ image, reference: ref }),
  }),
  news: defineCollection({
    loader: files('news'),
    schema: ({ image }) => layout.news.schema({ image, reference: ref }),
  }),
  brands: defineCollection({
    loader: files('brands'),
    schema: ({ image }) => layout.brands.schema({ image, reference: ref }),
  }),
  people: defineCollection({
    loader: files('people'),
    schema: ({ image }) => layout.people.schema({ image, reference: ref }),
  }),
  columns: defineCollection({
    loader: files('columns'),
    schema: ({ image }) => layout.columns.schema({ image, reference: ref }),
  }),
};
