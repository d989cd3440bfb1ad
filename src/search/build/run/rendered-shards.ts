import type { AstroPrerenderer } from 'astro';
import { decodePath } from '../../../lib/urls.ts';
import { shardFolder, shardOf } from '../plan/shards.ts';

/** The message Astro's process sends its parent when a news shard's articles are written. */
export interface ShardRendered {
  type: 'jinguo:shard-rendered';
  /** The folder of the built site the pages are in (`shardFolder`). */
  folder: string;
  /** How many articles the folder holds: until that many are written there, it is looked at again. */
  pages: number;
}

export function isShardRendered(message: unknown): message is ShardRendered {
  return (message as ShardRendered | undefined)?.type === 'jinguo:shard-rendered';
}

interface Folder {
  /** The route of its articles, the one with most pages in the folder (its year's list pages are another). */
  route: string;
  /** Its articles, and the position of the last of them in Astro's order. */
  pages: number;
  last: number;
  /** Articles Astro has begun to render, and finished. */
  started: number;
  finished: number;
  /** Whether Astro has begun a page after its last article: every article has been rendered or copied. */
  passed: boolean;
  reported: boolean;
}

/** A page's path as Astro lists it and as it asks for it (percent-encoded or not, with or without `/`). */
function pathKey(path: string): string {
  const decoded = decodePath(path);
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
}

/**
 * Follows Astro as it renders, to tell when all the articles of a news
 * shard's folder are written: once each has been rendered, or once Astro
 * has begun a page listed after the last of them and every article it
 * began to render is done. Astro begins pages in the order it lists them,
 * so by then each of the folder's articles has been rendered or copied
 * from the incremental build's cache (a rebuild renders only what
 * changed). A folder's articles are the pages of the route with the most
 * paths in it.
 */
export class RenderedShards {
  readonly #folders = new Map<string, Folder>();
  readonly #order = new Map<string, number>();

  constructor(paths: readonly { pathname: string; route: { route: string } }[]) {
    const routes = new Map<string, Map<string, number[]>>();
    for (const [position, { pathname, route }] of paths.entries()) {
      const key = pathKey(pathname);
      if (!this.#order.has(key)) this.#order.set(key, position);
      const folder = shardFolder(shardOf(key));
      if (!folder) continue;
      const byRoute = routes.get(folder) ?? routes.set(folder, new Map()).get(folder)!;
      const positions = byRoute.get(route.route) ?? byRoute.set(route.route, []).get(route.route)!;
      positions.push(position);
    }
    for (const [folder, byRoute] of routes) {
      const [route, positions] = [...byRoute].reduce((most, next) => (next[1].length > most[1].length ? next : most));
      this.#folders.set(folder, {
        route,
        pages: positions.length,
        last: Math.max(...positions),
        started: 0,
        finished: 0,
        passed: false,
        reported: false,
      });
    }
  }

  #article(path: string, route: string): Folder | undefined {
    const folder = this.#folders.get(shardFolder(shardOf(pathKey(path))) ?? '');
    return folder?.route === route ? folder : undefined;
  }

  /** Notes that Astro begins to render a page; returns the folders whose articles are now all written. */
  starting(path: string, route: string): ShardRendered[] {
    const article = this.#article(path, route);
    if (article) article.started++;
    const position = this.#order.get(pathKey(path));
    if (position !== undefined)
      for (const folder of this.#folders.values()) if (position > folder.last) folder.passed = true;
    return this.#done();
  }

  /** Notes that a page is rendered; returns the folders whose articles are now all written. */
  rendered(path: string, route: string): ShardRendered[] {
    const article = this.#article(path, route);
    if (article) article.finished++;
    return this.#done();
  }

  #done(): ShardRendered[] {
    const done: ShardRendered[] = [];
    for (const [folder, state] of this.#folders) {
      if (state.reported || state.started !== state.finished) continue;
      if (!state.passed && state.finished < state.pages) continue;
      state.reported = true;
      done.push({ type: 'jinguo:shard-rendered', folder, pages: state.pages });
    }
    return done;
  }
}

/**
 * How long after its last article is rendered a folder is reported: Astro
 * writes a page just after rendering it, and on a rebuild the folder holds
 * the page as last built until then.
 */
const WRITE_GRACE_MS = 250;

/**
 * Astro's prerenderer, reporting through `report` each news shard whose
 * articles are written (`RenderedShards`). Pages are rendered by the
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
      const path = new URL(request.url).pathname;
      const send = (messages: ShardRendered[] = []) => {
        for (const message of messages) setTimeout(() => report(message), WRITE_GRACE_MS);
      };
      send(shards?.starting(path, options.routeData.route));
      const rendered = await prerenderer.render(request, options);
      send(shards?.rendered(path, options.routeData.route));
      return rendered;
    },
  };
}
