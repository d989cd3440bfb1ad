import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getShareCards } from '../../data/share.ts';
import { renderShareCard } from '../../lib/share-card.ts';
import { withCacheKeys } from '../../lib/cache-key.ts';

export const getStaticPaths = (async () =>
  withCacheKeys(
    (await getShareCards()).map((card) => ({ params: { card: card.name }, props: { card } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareCard(props.card)), { headers: { 'content-type': 'image/png' } });
