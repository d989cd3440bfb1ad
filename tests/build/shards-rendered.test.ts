import type { AstroPrerenderer } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { shardsRendered } from '../../src/build/shards-rendered.ts';

type BuildStart = (options: {
  setPrerenderer: (wrap: (prerenderer: AstroPrerenderer) => AstroPrerenderer) => void;
}) => void;

const buildStart = () => shardsRendered().hooks['astro:build:start'] as unknown as BuildStart;

describe('shardsRendered', () => {
  it('wraps Astro’s prerenderer to report years of news to the parent process that listens', async () => {
    const send = vi.fn(() => true);
    const original = process.send;
    process.send = send as unknown as typeof process.send;
    try {
      const setPrerenderer = vi.fn();
      buildStart()({ setPrerenderer });
      expect(setPrerenderer).toHaveBeenCalledOnce();
      const wrap = setPrerenderer.mock.calls[0]![0] as (prerenderer: AstroPrerenderer) => AstroPrerenderer;
      const route = { route: '/news/[year]/[slug]' };
      const prerenderer = wrap({
        name: 'default',
        getStaticPaths: () => Promise.resolve([{ pathname: '/news/2024/a/', route }] as never),
        render: () => Promise.resolve(new Response('<html></html>')),
      });
      expect(prerenderer.name).toBe('default+rendered-shards');
      await prerenderer.getStaticPaths();
      await prerenderer.render(new Request('http://localhost/news/2024/a/'), { routeData: route as never });
      await vi.waitFor(() =>
        expect(send).toHaveBeenCalledWith({ type: 'jinguo:shard-rendered', folder: 'news/2024', pages: 1 }),
      );
    } finally {
      process.send = original;
    }
  });

  it('leaves the prerenderer alone when no parent listens', () => {
    const original = process.send;
    process.send = undefined;
    try {
      const setPrerenderer = vi.fn();
      buildStart()({ setPrerenderer });
      expect(setPrerenderer).not.toHaveBeenCalled();
    } finally {
      process.send = original;
    }
  });
});
