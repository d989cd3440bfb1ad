import type { Loader, LoaderContext } from 'astro/loaders';
import { astroVersion } from './astro-version.ts';
import { isPacked, packedHtmlFolder, packHtml, packHtmlSync, prunePackedHtml, unpackHtml } from './packed-html.ts';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/**
 * A loader like `loader`, except that the rendered HTML of each entry is
 * packed into a file of its own (`packed-html.ts`) and Astro's content store
 * keeps only the file's name, and none of the rendering's metadata that no
 * page reads (`withoutUnreadMetadata`). The store is held in memory for the whole
 * build, written out whole (more than once) while the loaders run, read back
 * and bundled as one file; on a large site the HTML was most of it, and then
 * the headings and a second copy of the frontmatter were half of what was left
 * (docs/performance.md). `renderEntry` (`src/data/render.ts`) reads and
 * unpacks an entry's HTML when its page renders. Files no entry names any
 * more are deleted once the collection has loaded.
 */
export function packRenderedHtml(loader: Loader, folder = packedHtmlFolder()): Loader {
  return {
    ...loader,
    load: async (context) => {
      const store = packingStore(context.store, folder, context.collection);
      try {
        await loader.load({ ...context, store });
      } finally {
        await store.settled();
      }
      const kept = context.store.values().flatMap((entry) => (entry.rendered ? [entry.rendered.html] : []));
      const unpacked = kept.filter((html) => !isPacked(html));
      if (unpacked.length > 0) context.logger.warn(notPacked(unpacked.length));
      await prunePackedHtml(folder, context.collection, kept);
    },
  };
}

/**
 * The warning of a build whose loader stored HTML past the packing store
 * (an Astro whose loaders reach the store otherwise): the pages are the
 * same, the store as large as Astro makes it.
 */
export function notPacked(entries: number): string {
  return (
    `内容存储里有 ${entries} 条正文没有压缩保存:Astro ${astroVersion} 的加载器绕过了 ` +
    'src/build/tuning/packed-store.ts,页面不变,构建多用内存。'
  );
}

type Rendered = NonNullable<Entry['rendered']>;

/**
 * A rendering as the store keeps it: its metadata without the headings and
 * the frontmatter, which Astro's `render()` hands on as `headings` and
 * `remarkPluginFrontmatter` and no page reads (`renderEntry` gives a page
 * only `Content`). The image paths stay: `render()` puts the images in the
 * body with them.
 */
function withoutUnreadMetadata(rendered: Rendered): Rendered {
  if (!rendered.metadata) return rendered;
  const { headings: _headings, frontmatter: _frontmatter, ...kept } = rendered.metadata;
  return { ...rendered, metadata: kept };
}

/**
 * While the loader loads, each entry's HTML is packed on one of libuv's
 * threads and the entry stored once it is: Astro's loader works on one
 * thread, and packing there would hold it up. Until then `get` answers
 * with the entry as given.
 * Afterwards (a file edited under `astro dev`) an entry is packed at once.
 */
function packingStore(store: Store, folder: string, collection: string): Store & { settled(): Promise<void> } {
  const pending = new Map<string, Entry>();
  const packing = new Set<Promise<void>>();
  let loading = true;
  const set: Store['set'] = (entry) => {
    if (!entry.rendered) return store.set(entry);
    const rendered = withoutUnreadMetadata(entry.rendered);
    if (!loading)
      return store.set({ ...entry, rendered: { ...rendered, html: packHtmlSync(rendered.html, folder, collection) } });
    pending.set(entry.id, entry);
    const packed = packHtml(rendered.html, folder, collection).then((html) => {
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
 * An entry as Astro's `render()` reads it: with its HTML read and unpacked on
 * libuv's threads, so that Astro's thread renders other pages meanwhile.
 */
export async function withUnpackedHtml<Entry extends { rendered?: { html: string } }>(
  entry: Entry,
  folder = packedHtmlFolder(),
): Promise<Entry> {
  if (!entry.rendered) return entry;
  return { ...entry, rendered: { ...entry.rendered, html: await unpackHtml(entry.rendered.html, folder) } };
}
