import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { withUnpackedHtml } from '../build/tuning/packed-store.ts';

/** Astro's `render()` for an entry whose HTML the content store keeps packed (`build/tuning/packed-store.ts`). */
export async function renderEntry<C extends CollectionKey>(entry: CollectionEntry<C>) {
  return render(await withUnpackedHtml(entry));
}
