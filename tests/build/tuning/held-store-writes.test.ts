import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { holdStoreWrites } from '../../../src/build/tuning/held-store-writes.ts';
import { projectRoot } from '../../support/astro-cli.ts';

interface AstroStore {
  metaStore(collection?: string): LoaderContext['meta'];
  set(collection: string, key: string, value: unknown): void;
  onFileWritten(listener: (file: string) => void): () => void;
  waitUntilSaveComplete(): Promise<void>;
}

// Astro's own content store, as its build uses it: whether the tweak still works is a property of this class.
const { MutableDataStore } = (await import(
  pathToFileURL(join(projectRoot, 'node_modules/astro/dist/content/mutable-data-store.js')).href
)) as { MutableDataStore: { fromFile(file: URL): Promise<AstroStore> } };

const work = mkdtempSync(join(tmpdir(), 'held-store-writes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A loader as slow as reading 10,000 files, which stores one entry at its end. */
const slowLoader: Loader = {
  name: 'slow',
  load: async ({ store }) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    store.set({ id: 'a', data: { title: '甲' } });
  },
};

/** Runs `loader` on a store whose metadata changed just before, as a build's does; counts the store's writes. */
async function writesWhileLoading(loader: Loader, name: string) {
  const store = await MutableDataStore.fromFile(pathToFileURL(join(work, `${name}.json`)));
  let writes = 0;
  store.onFileWritten(() => writes++);
  store.metaStore().set('astro-version', name);
  const collection = {
    set: (entry: { id: string }) => (store.set('news', entry.id, entry), true),
  } as unknown as LoaderContext['store'];
  await loader.load({ collection: 'news', store: collection, meta: store.metaStore('news') } as LoaderContext);
  const during = writes;
  await store.waitUntilSaveComplete();
  return { during, after: writes };
}

describe('holdStoreWrites, on Astro’s own content store', () => {
  it('writes the store once, after loading, where Astro alone writes it also while loading', async () => {
    expect(await writesWhileLoading(slowLoader, 'plain')).toEqual({ during: 1, after: 2 });
    expect(await writesWhileLoading(holdStoreWrites(slowLoader), 'held')).toEqual({ during: 0, after: 1 });
  });
});
