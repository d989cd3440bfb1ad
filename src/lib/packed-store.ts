import type { Loader, LoaderContext } from 'astro/loaders';
import { packHtml, unpackHtml } from './packed-html.ts';

type Store = LoaderContext['store'];

/**
 * A loader like `loader`, except that the rendered HTML of each entry is
 * kept packed (`packed-html.ts`) in Astro's content store. The store is
 * held in memory for the whole build and written out, and read back, as
 * one file; at 10,000 articles the HTML is most of it, and serialising it
 * was the highest point of a build's memory. `renderEntry`
 * (`src/data/render.ts`) unpacks an entry's HTML when its page renders.
 */
export function packRenderedHtml(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load({ ...context, store: packingStore(context.store) }) };
}

function packingStore(store: Store): Store {
  const set: Store['set'] = (entry) =>
    store.set(
      entry.rendered ? { ...entry, rendered: { ...entry.rendered, html: packHtml(entry.rendered.html) } } : entry,
    );
  // Astro's loaders call more of the store than its type lists (asset imports): everything else is the store's own.
  return new Proxy(store, {
    get: (target, key, receiver) => (key === 'set' ? set : Reflect.get(target, key, receiver)),
  });
}

/** An entry as Astro's `render()` reads it: with its HTML unpacked. */
export function withUnpackedHtml<Entry extends { rendered?: { html: string } }>(entry: Entry): Entry {
  if (!entry.rendered) return entry;
  return { ...entry, rendered: { ...entry.rendered, html: unpackHtml(entry.rendered.html) } };
}
