import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { packRenderedHtml as packInto, withUnpackedHtml } from '../../../src/build/tuning/packed-store.ts';
import { unpackHtml as unpackFrom } from '../../../src/build/tuning/packed-html.ts';

let folder: string;
beforeEach(() => void (folder = mkdtempSync(join(tmpdir(), 'packed-store-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const packRenderedHtml = (loader: Loader) => packInto(loader, folder);
const unpackHtml = (value: string) => unpackFrom(value, folder);

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A store that keeps what it is given, with one method beyond the type, as Astro's has. */
function fakeStore() {
  const entries = new Map<string, Entry>();
  const assetImports: string[] = [];
  const store = {
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    values: () => [...entries.values()],
    // A way to store past `set`, as a later Astro's loaders might take.
    upsert: (entry: Entry) => entries.set(entry.id, entry),
    addAssetImports: (paths: string[]) => assetImports.push(...paths),
  };
  const warnings: string[] = [];
  const logger = { warn: (line: string) => warnings.push(line) } as unknown as LoaderContext['logger'];
  const context = { collection: 'news', store: store as unknown as LoaderContext['store'], logger } as LoaderContext;
  return { entries, assetImports, store: context.store, context, warnings };
}

const html = '<p>水城巾帼美:聊城市妇联的品牌项目。</p>';
const slowToPack = Array.from({ length: 400_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join(
  '',
);

/** What Astro's Markdown rendering gives with the HTML (`metadata`), a heading and a picture in the body. */
const renderingMetadata = {
  headings: [{ depth: 2, slug: '一强化思想引领', text: '一、强化思想引领' }],
  frontmatter: { title: '甲' },
  imagePaths: ['./a.jpg'],
  localImagePaths: ['./a.jpg'],
};

describe('packRenderedHtml', () => {
  it('stores each entry with its HTML packed, none of the metadata no page reads, and the rest as given', async () => {
    const { entries, assetImports, context, warnings } = fakeStore();
    const loader: Loader = {
      name: 'test',
      load: async ({ store: given }) => {
        given.set({ id: 'a', data: { title: '甲' }, digest: '1', rendered: { html, metadata: renderingMetadata } });
        given.set({ id: 'b', data: { title: '乙' }, digest: '2' });
        (given as unknown as { addAssetImports: (paths: string[]) => void }).addAssetImports(['./a.jpg']);
        expect(given.get('a')?.data).toEqual({ title: '甲' });
      },
    };
    const packed = packRenderedHtml(loader);
    expect(packed.name).toBe('test');
    await packed.load(context);

    const a = entries.get('a')!;
    expect(a.rendered?.html).not.toBe(html);
    expect(await unpackHtml(a.rendered!.html)).toBe(html);
    // What no page reads is not kept: the headings, the frontmatter a second time. The image paths are.
    expect(a.rendered?.metadata).toEqual({ imagePaths: ['./a.jpg'], localImagePaths: ['./a.jpg'] });
    expect(entries.get('b')).toEqual({ id: 'b', data: { title: '乙' }, digest: '2' });
    expect(assetImports).toEqual(['./a.jpg']);
    expect(warnings).toEqual([]);
  });

  it('says so, naming the Astro version, when a loader stores HTML past it', async () => {
    const { entries, context, warnings } = fakeStore();
    await packRenderedHtml({
      name: 'test',
      load: async ({ store: given }) => {
        given.set({ id: 'a', data: {}, digest: '1', rendered: { html } });
        (given as unknown as { upsert: (entry: Entry) => void }).upsert({ id: 'b', data: {}, rendered: { html } });
      },
    }).load(context);
    expect(entries.get('b')?.rendered?.html).toBe(html);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/1 条正文没有压缩保存:Astro \d+\.\d+\.\d+ /);
  });

  it('keeps the last of two entries set under one id while loading, and packs at once after loading', async () => {
    const { entries, context } = fakeStore();
    let setLater: ((entry: Entry) => unknown) | undefined;
    await packRenderedHtml({
      name: 'test',
      load: async ({ store: given }) => {
        // The first is packed more slowly (much longer and hard to compress), so it is packed last.
        given.set({ id: 'a', data: { n: 1 }, digest: '1', rendered: { html: slowToPack } });
        given.set({ id: 'a', data: { n: 2 }, digest: '2', rendered: { html } });
        setLater = (entry) => given.set(entry);
      },
    }).load(context);
    expect(entries.get('a')?.data).toEqual({ n: 2 });
    expect(await unpackHtml(entries.get('a')!.rendered!.html)).toBe(html);
    // The first one's file was written, then deleted once the collection had loaded: no entry names it.
    expect(readdirSync(join(folder, 'news'))).toEqual([entries.get('a')!.rendered!.html.split('/')[1]]);

    // As `astro dev` does when a file changes: the entry is in the store when `set` returns.
    setLater!({ id: 'b', data: {}, digest: '3', rendered: { html, metadata: renderingMetadata } });
    expect(await unpackHtml(entries.get('b')!.rendered!.html)).toBe(html);
    expect(entries.get('b')!.rendered?.metadata).toEqual({ imagePaths: ['./a.jpg'], localImagePaths: ['./a.jpg'] });
  });
});

describe('packRenderedHtml when packing fails', () => {
  it('fails the load once the loader is done, not the process before', async () => {
    const { context } = fakeStore();
    let loaderDone = false;
    const load = packRenderedHtml({
      name: 'test',
      load: async ({ store: given }) => {
        given.set({ id: 'a', data: {}, rendered: { html: 42 as unknown as string } });
        await new Promise((resolve) => setTimeout(resolve, 20));
        loaderDone = true;
      },
    }).load(context);
    await expect(load).rejects.toThrow();
    expect(loaderDone).toBe(true);
  });
});

describe('withUnpackedHtml', () => {
  it('gives render() the HTML as written, and leaves entries without HTML (MDX) alone', async () => {
    const { entries, context } = fakeStore();
    await packRenderedHtml({
      name: 'test',
      load: async ({ store: given }) => void given.set({ id: 'a', data: {}, rendered: { html } }),
    }).load(context);
    const stored = entries.get('a')!;
    expect((await withUnpackedHtml(stored, folder)).rendered?.html).toBe(html);
    expect(stored.rendered?.html).not.toBe(html);
    const mdx: { id: string; rendered?: { html: string } } = { id: 'm' };
    expect(await withUnpackedHtml(mdx, folder)).toBe(mdx);
  });
});
