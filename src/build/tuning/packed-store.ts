import type { Loader, LoaderContext } from 'astro/loaders';
import { packHtml, packHtmlOffThread, unpackHtml } from './packed-html.ts';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/**
 * A loader like `loader`, except that the rendered HTML of each entry is
 * kept packed (`packed-html.ts`) in Astro's content store. The store is
 * held in memory for the whole build and written out, and read back, as
 * one file; at 10,000 articles the HTML is most of it, and serialising it
 * was the highest point of a build's memory. `renderEntry`
 * (`src/data/render.ts`) unpacks an entry's HTML when its page renders.
 */
export function packRenderedHtml(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const store = packingStore(context.store);
      try {
        await loader.load({ ...context, store });
      } finally {
        await store.settled();
      }
    },
  };
}

/**
 * While the loader loads, each entry's HTML is packed on one of libuv's
 * threads and the entry stored once it is: Astro's loader works on one
 * thread, and packing there took about 2 of content sync's 15 seconds at
 * 10,000 articles. Until then `get` answers with the entry as given.
 * Afterwards (a file edited under `astro dev`) an entry is packed at once.
 */
function packingStore(store: Store): Store & { settled(): Promise<void> } {
  const pending = new Map<string, Entry>();
  const packing = new Set<Promise<void>>();
  let loading = true;
  const set: Store['set'] = (entry) => {
    if (!entry.rendered) return store.set(entry);
    const { rendered } = entry;
    if (!loading) return store.set({ ...entry, rendered: { ...rendered, html: packHtml(rendered.html) } });
    pending.set(entry.id, entry);
    const packed = packHtmlOffThread(rendered.html).then((html) => {
      packing.delete(packed);
      // An entry set again meanwhile is the one to keep.
      if (pending.get(entry.id) !== entry) return;
      pending.delete(entry.id);
      store.set({ ...entry, rendered: { ...rendered, html } });
    });
    // A failure is thrown by `settled()`, once the loader is done, not as an unhandled rejection before.
    packed.catch(() => undefined);
    packing.add(packed);
    return true;
  };
  const get = ((id: string) => pending.get(id) ?? store.get(id)) as Store['get'];
  const settled = async () => {
    loading = false;
    await Promise.all(packing);
  };
  // Astro's loaders call more of the store than its type lists (asset imports): everything else is the store's own.
  const own: Record<PropertyKey, unknown> = { set, get, settled };
  return new Proxy(store, {
    get: (target, key, receiver) => (Object.hasOwn(own, key) ? own[key] : Reflect.get(target, key, receiver)),
  }) as Store & { settled(): Promise<void> };
}

/**
 * An entry as Astro's `render()` reads it: with its HTML unpacked, on one of
 * libuv's threads, so that Astro's thread renders other pages meanwhile.
 */
export async function withUnpackedHtml<Entry extends { rendered?: { html: string } }>(entry: Entry): Promise<Entry> {
  if (!entry.rendered) return entry;
  return { ...entry, rendered: { ...entry.rendered, html: await unpackHtml(entry.rendered.html) } };
}
