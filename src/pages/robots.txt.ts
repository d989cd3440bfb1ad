import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { absoluteUrl, files } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteUrl(files.sitemap(), site.url)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
