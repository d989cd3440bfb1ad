import type { AstroPrerenderer } from 'astro';
import { shardFolder, shardOf } from './shards.ts';

/** The message Astro's process sends its parent when a news shard's pages are rendered. */
export interface ShardRendered {
  type: 'jinguo:shard-rendered';
  /** The folder of the built site the pages are in (`shardFolder`). */
  folder: string;
  /** How many pages of that folder the route rendered. */
  pages: number;
}

export function isShardRendered(message: unknown): message is ShardRendered {
  return (message as ShardRendered | undefined)?.type === 'jinguo:shard-rendered';
}

interface Expected {
  route: string;
  pages: number;
  rendered: number;
}

/** The folder of a news shard a page of the site is in, from its URL path (as built: percent-encoded or not). */
function folderOf(path: string): string | undefined {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A path that is not valid percent-encoding is taken as it is.
  }
  return shardFolder(shardOf(decoded));
}

/**
 * Counts the pages Astro renders, to tell when all the articles of a news
 * shard's folder are. A folder's articles are the pages of the route with
 * the most paths in it (its year's list pages are another route, rendered
 * later). Pages an incremental build copies from its cache are not
 * rendered: their folder is never reported, and the search stage indexes it
 * as before.
 */
export class RenderedShards {
  readonly #expected = new Map<string, Expected>();

  constructor(paths: readonly { pathname: string; route: { route: string } }[]) {
    const counts = new Map<string, Map<string, number>>();
    for (const { pathname, route } of paths) {
      const folder = folderOf(pathname);
      if (!folder) continue;
      const routes = counts.get(folder) ?? new Map<string, number>();
      counts.set(folder, routes.set(route.route, (routes.get(route.route) ?? 0) + 1));
    }
    for (const [folder, routes] of counts) {
      const [route, pages] = [...routes].reduce((most, next) => (next[1] > most[1] ? next : most));
      this.#expected.set(folder, { route, pages, rendered: 0 });
    }
  }

  /** Notes a rendered page; returns its folder's message once the last of its articles is rendered. */
  rendered(path: string, route: string): ShardRendered | undefined {
    const folder = folderOf(path);
    const expected = folder === undefined ? undefined : this.#expected.get(folder);
    if (!folder || !expected || expected.route !== route) return undefined;
    expected.rendered++;
    if (expected.rendered !== expected.pages) return undefined;
    return { type: 'jinguo:shard-rendered', folder, pages: expected.pages };
  }
}

/**
 * Astro's prerenderer, reporting through `report` each news shard whose
 * articles are rendered (`RenderedShards`). Pages are rendered by the
 * wrapped prerenderer and answered untouched.
 */
export function reportingPrerenderer(
  prerenderer: AstroPrerenderer,
  report: (message: ShardRendered) => void,
): AstroPrerenderer {
  const { setup, collectStaticImages, teardown } = prerenderer;
  let shards: RenderedShards | undefined;
  return {
    name: `${prerenderer.name}+rendered-shards`,
    // Called on the prerenderer itself: its methods may use `this`.
    ...(setup ? { setup: () => setup.call(prerenderer) } : {}),
    ...(collectStaticImages ? { collectStaticImages: () => collectStaticImages.call(prerenderer) } : {}),
    ...(teardown ? { teardown: () => teardown.call(prerenderer) } : {}),
    getStaticPaths: async () => {
      const paths = await prerenderer.getStaticPaths();
      shards = new RenderedShards(paths);
      return paths;
    },
    render: async (request, options) => {
      const rendered = await prerenderer.render(request, options);
      const message = shards?.rendered(new URL(request.url).pathname, options.routeData.route);
      if (message) report(message);
      return rendered;
    },
  };
}
