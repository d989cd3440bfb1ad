import type { AstroPrerenderer } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import {
  RenderedShards,
  isShardRendered,
  reportingPrerenderer,
  type ShardRendered,
} from '../../../../src/search/build/run/rendered-shards.ts';

const ARTICLE = '/news/[year]/[slug]';
const YEAR_LIST = '/news/[year]/[...page]';
const paths = [
  { pathname: '/people/fang/', route: { route: '/people/[person]/[...page]' } },
  { pathname: '/news/2024/a/', route: { route: ARTICLE } },
  { pathname: '/news/2024/b/', route: { route: ARTICLE } },
  { pathname: '/news/2024/2/', route: { route: YEAR_LIST } },
  { pathname: '/news/2023/c/', route: { route: ARTICLE } },
  { pathname: '/news/2023/d/', route: { route: ARTICLE } },
  { pathname: '/tags/jilin/', route: { route: '/tags/[tag]' } },
];

/** Astro rendering a page, start to finish, as the tracker sees it; what it reports at the end. */
const render = (shards: RenderedShards, path: string, route: string) => [
  ...shards.starting(path, route),
  ...shards.rendered(path, route),
];
const report2024 = { type: 'jinguo:shard-rendered', folder: 'news/2024', pages: 2 };

describe('RenderedShards', () => {
  it('reports a news folder once the last of its articles is rendered, whatever else of it is still to come', () => {
    const shards = new RenderedShards(paths);
    expect(render(shards, '/people/fang/', paths[0]!.route.route)).toEqual([]);
    expect(render(shards, '/news/2024/a/', ARTICLE)).toEqual([]);
    expect(render(shards, '/news/2024/b/', ARTICLE)).toEqual([report2024]);
    // Another route's page of the folder does not report it again.
    expect(render(shards, '/news/2024/2/', YEAR_LIST)).toEqual([]);
  });

  it('waits for every article it began to render, however Astro interleaves them', () => {
    const shards = new RenderedShards(paths);
    expect(shards.starting('/news/2024/a/', ARTICLE)).toEqual([]);
    expect(shards.starting('/news/2024/b/', ARTICLE)).toEqual([]);
    expect(shards.starting('/news/2024/2/', YEAR_LIST)).toEqual([]);
    expect(shards.rendered('/news/2024/b/', ARTICLE)).toEqual([]);
    expect(shards.rendered('/news/2024/2/', YEAR_LIST)).toEqual([]);
    expect(shards.rendered('/news/2024/a/', ARTICLE)).toEqual([report2024]);
  });

  it('reports a folder Astro copied from its cache once it begins a page listed after it (a rebuild)', () => {
    const shards = new RenderedShards(paths);
    // 2024's articles are copied, not rendered; its list page comes after them.
    expect(shards.starting('/news/2024/2/', YEAR_LIST)).toEqual([report2024]);
    // One article of 2023 is rendered again, the other copied: reported once that one is done and Astro has gone on.
    expect(shards.starting('/news/2023/c/', ARTICLE)).toEqual([]);
    expect(shards.starting('/tags/jilin/', '/tags/[tag]')).toEqual([]);
    expect(shards.rendered('/news/2023/c/', ARTICLE)).toEqual([
      { type: 'jinguo:shard-rendered', folder: 'news/2023', pages: 2 },
    ]);
  });

  it('never reports a folder while one of its articles may still be to come', () => {
    const shards = new RenderedShards(paths);
    expect(render(shards, '/news/2024/a/', ARTICLE)).toEqual([]);
    // A page listed before the folder's last article, begun late, does not mean Astro has gone past it.
    expect(render(shards, '/people/fang/', paths[0]!.route.route)).toEqual([]);
    expect(render(shards, '/news/2023/c/', ARTICLE)).toEqual([report2024]);
  });

  it('ignores pages outside news, and knows pages as Astro asks for them (percent-encoded, with a slash)', () => {
    const shards = new RenderedShards([
      { pathname: '/news/2022/吉林', route: { route: ARTICLE } },
      { pathname: '/news/2022/b', route: { route: ARTICLE } },
      { pathname: '/tags/jilin', route: { route: '/tags/[tag]' } },
    ]);
    expect(render(shards, '/people/fang/', '/people/[person]/[...page]')).toEqual([]);
    expect(render(shards, encodeURI('/news/2022/吉林/'), ARTICLE)).toEqual([]);
    expect(shards.starting('/tags/jilin/', '/tags/[tag]')).toEqual([
      { type: 'jinguo:shard-rendered', folder: 'news/2022', pages: 2 },
    ]);
  });
});

describe('isShardRendered', () => {
  it('tells the message from any other', () => {
    expect(isShardRendered({ type: 'jinguo:shard-rendered', folder: 'news/2024', pages: 2 })).toBe(true);
    expect(isShardRendered('jinguo:pages-built')).toBe(false);
    expect(isShardRendered(undefined)).toBe(false);
  });
});

describe('reportingPrerenderer', () => {
  it('answers each page as the wrapped prerenderer does, and reports each folder as its articles are done', async () => {
    const response = new Response('<html></html>', { headers: { 'content-type': 'text/html' } });
    const wrapped: AstroPrerenderer = {
      name: 'default',
      getStaticPaths: () => Promise.resolve(paths as never),
      render: vi.fn(() => Promise.resolve(response)),
      teardown: vi.fn(() => Promise.resolve()),
    };
    const reports: ShardRendered[] = [];
    const prerenderer = reportingPrerenderer(wrapped, (message) => reports.push(message));
    expect(await prerenderer.getStaticPaths()).toBe(paths);
    for (const { pathname, route } of paths.slice(0, 4)) {
      const rendered = await prerenderer.render(new Request(`http://localhost${pathname}`), {
        routeData: route as never,
      });
      expect(rendered).toBe(response);
    }
    // Reported a little later, once Astro has had the time to write the last page.
    expect(reports).toEqual([]);
    await vi.waitFor(() => expect(reports).toEqual([report2024]));
    await prerenderer.teardown?.();
    expect(wrapped.teardown).toHaveBeenCalledOnce();
  });
});
