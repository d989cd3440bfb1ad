import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteFeed } from '../data/feeds.ts';

export const GET: APIRoute = async () => rss(await getSiteFeed());
