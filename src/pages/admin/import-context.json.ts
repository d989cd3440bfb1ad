import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { importSiteContent } from '../../cms/import-context.ts';
import { site } from '../../config/site.ts';
import { isPublished } from '../../data/entries.ts';
import { loadManifest } from '../../url-manifest/store.ts';

/**
 * What the editor's import screen needs to know about the site: cities, brands and people with their names, the
 * news already there and every URL the site has published (a news URL stays taken after its file is gone). The file
 * is as public as the site: only what readers can already see is in it, never a draft or an item not yet due.
 */
export const GET: APIRoute = async () => {
  const [cities, brands, people, news] = await Promise.all([
    getCollection('cities'),
    getCollection('brands'),
    getCollection('people'),
    getCollection('news'),
  ]);
  const urls = loadManifest(process.cwd()).records.keys();
  return Response.json(
    importSiteContent({
      cities,
      brands: brands.filter(isPublished),
      people: people.filter(isPublished),
      news: news.filter(isPublished),
      urls,
      requireReview: site.requireReview,
    }),
  );
};
