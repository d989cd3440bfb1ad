import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { importSiteContent } from '../../cms/import-context.ts';
import { loadManifest } from '../../url-manifest/load.ts';

/**
 * What the editor's import screen needs to know about the site: cities, brands and people with their names, the
 * news already there and every URL the site has published (a news URL stays taken after its file is gone).
 */
export const GET: APIRoute = async () => {
  const [cities, brands, people, news] = await Promise.all([
    getCollection('cities'),
    getCollection('brands'),
    getCollection('people'),
    getCollection('news'),
  ]);
  const urls = loadManifest(process.cwd()).records.keys();
  return Response.json(importSiteContent({ cities, brands, people, news, urls }));
};
