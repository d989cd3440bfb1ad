import { defineCollection, reference } from 'astro:content';
import { collections as layout, type ReferenceFn } from './schemas/index.ts';
import { contentLoader } from './build/content-loader.ts';

const ref = reference as unknown as ReferenceFn;

export const collections = {
  cities: defineCollection({
    loader: contentLoader(layout.cities),
    schema: ({ image }) => layout.cities.schema({ image, reference: ref }),
  }),
  news: defineCollection({
    loader: contentLoader(layout.news),
    schema: ({ image }) => layout.news.schema({ image, reference: ref }),
  }),
  brands: defineCollection({
    loader: contentLoader(layout.brands),
    schema: ({ image }) => layout.brands.schema({ image, reference: ref }),
  }),
  people: defineCollection({
    loader: contentLoader(layout.people),
    schema: ({ image }) => layout.people.schema({ image, reference: ref }),
  }),
  columns: defineCollection({
    loader: contentLoader(layout.columns),
    schema: ({ image }) => layout.columns.schema({ image, reference: ref }),
  }),
};
