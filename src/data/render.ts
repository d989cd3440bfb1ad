import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { withUnpackedHtml } from '../build/tuning/packed-store.ts';

/**
 * Astro's `render()` for an entry whose HTML the content store keeps packed (`build/tuning/packed-store.ts`): only
 * the body, as the store keeps no headings or frontmatter of the rendering for `render()` to give.
 */
export async function renderEntry<C extends CollectionKey>(entry: CollectionEntry<C>) {
  const { Content } = await render(await withUnpackedHtml(entry));
  return { Content };
}
