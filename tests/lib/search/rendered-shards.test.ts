import type { AstroPrerenderer } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import {
  RenderedShards,
  isShardRendered,
  reportingPrerenderer,
  type ShardRendered,
} from '../../../src/lib/search/rendered-shards.ts';

const ARTICLE = '/news/[year]/[slug]';
const YEAR_LIST = '/news/[year]/[...page]';
const paths = [
  { pathname: '/people/fang/', route: { route: '/people/[person]/[...page]' } },
  { pathname: '/news/2024/a/', route: { route: ARTICLE } },
  { pathname: '/news/2024/b/', route: { route: ARTICLE } },
  { pathname: '/news/2024/2/', route: { route: YEAR_LIST } },
  { pathname: '/news/2023/c/', route: { route: ARTICLE } },
  { pathname: '/news/2023/d/', route: { route: ARTICLE } },
];

describe('RenderedShards', () => {
  it('reports a news folder once the last of its articles is rendered, whatever else of it is still to come', () => {
    const shards = new RenderedShards(paths);
    expect(shards.rendered('/news/2024/a/', ARTICLE)).toBeUndefined();
    expect(shards.rendered('/news/2024/2/', YEAR_LIST)).toBeUndefined();
    expect(shards.rendered('/news/2024/b/', ARTICLE)).toEqual({
      type: 'jinguo:shard-rendered',
      folder: 'news/2024',
      pages: 2,
    });
    // Another route's page of the folder does not report it again.
    expect(shards.rendered('/news/2024/3/', YEAR_LIST)).toBeUndefined();
  });

  it('ignores pages outside news, and counts pages as Astro asks for them (percent-encoded)', () => {
    const shards = new RenderedShards([
      { pathname: '/news/2022/吉林/', route: { route: ARTICLE } },
      { pathname: '/news/2022/b/', route: { route: ARTICLE } },
    ]);
    expect(shards.rendered('/people/fang/', '/people/[person]/[...page]')).toBeUndefined();
    expect(shards.rendered(encodeURI('/news/2022/吉林/'), ARTICLE)).toBeUndefined();
    expect(shards.rendered('/news/2022/b/', ARTICLE)?.folder).toBe('news/2022');
  });

  it('never reports a folder some of whose articles are not rendered (an incremental build copies them)', () => {
    const shards = new RenderedShards(paths);
    expect(shards.rendered('/news/2023/c/', ARTICLE)).toBeUndefined();
    expect(shards.rendered('/news/2024/a/', ARTICLE)).toBeUndefined();
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
    expect(reports).toEqual([{ type: 'jinguo:shard-rendered', folder: 'news/2024', pages: 2 }]);
    await prerenderer.teardown?.();
    expect(wrapped.teardown).toHaveBeenCalledOnce();
  });
});
