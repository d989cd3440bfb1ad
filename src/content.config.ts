import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as layout, type ReferenceFn } from './schemas/index.ts';

const ref = reference as unknown as ReferenceFn;

export const collections = {
  cities: defineCollection({
    loader: glob({ base: layout.cities.base, pattern: layout.cities.pattern }),
    schema: ({ image }) => layout.cities.schema({ image, reference: ref }),
  }),
  news: defineCollection({
    loader: glob({ base: layout.news.base, pattern: layout.news.pattern }),
    schema: ({ image }) => layout.news.schema({ image, reference: ref }),
  }),
  brands: defineCollection({
    loader: glob({ base: layout.brands.base, pattern: layout.brands.pattern }),
    schema: ({ image }) => layout.brands.schema({ image, reference: ref }),
  }),
  people: defineCollection({
    loader: glob({ base: layout.people.base, pattern: layout.people.pattern }),
    schema: ({ image }) => layout.people.schema({ image, reference: ref }),
  }),
  columns: defineCollection({
    loader: glob({ base: layout.columns.base, pattern: layout.columns.pattern }),
    schema: ({ image }) => layout.columns.schema({ image, reference: ref }),
  }),
};
