import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCityFeeds } from '../../../data/feeds.ts';

export const getStaticPaths = (() => getCityFeeds()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => rss(props.feed);
