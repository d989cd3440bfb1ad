import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCityFeeds } from '../../../data/feeds.ts';
import { withCacheKeys } from '../../../lib/cache-key.ts';

export const getStaticPaths = (async () => withCacheKeys(await getCityFeeds())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => rss(props.feed);
