import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import type { RSSOptions } from '@astrojs/rss';
import { site } from '../config/site.ts';
import { absolutizeHtml } from '../lib/feed-html.ts';
import { paths } from '../lib/urls.ts';
import { getContentIndex, resolve, type News } from './entries.ts';
import { renderEntry } from './render.ts';

let container: Promise<AstroContainer> | undefined;

/** The article body as HTML with absolute links; MDX entries have no pre-rendered HTML, so each is rendered. */
async function fullContent(entry: News): Promise<string> {
  container ??= AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  const { Content } = await renderEntry(entry);
  return absolutizeHtml(await (await container).renderToString(Content), site.url);
}

async function feedItems(news: News[]): Promise<RSSOptions['items']> {
  return Promise.all(
    news.slice(0, site.feedSize).map(async (entry) => ({
      title: entry.data.title,
      link: paths.news(entry.id),
      pubDate: entry.data.date,
      description: entry.data.summary,
      content: await fullContent(entry),
      categories: entry.data.tags,
    })),
  );
}

/** The site-wide feed: the latest news of every city. */
export async function getSiteFeed(): Promise<RSSOptions> {
  const content = await getContentIndex();
  return {
    title: site.name,
    description: site.tagline,
    site: site.url,
    items: await feedItems(content.news),
    customData: `<language>${site.defaultLang}</language>`,
    trailingSlash: true,
  };
}

/** One feed per city section. */
export async function getCityFeeds(): Promise<{ params: { city: string }; props: { feed: RSSOptions } }[]> {
  const content = await getContentIndex();
  return Promise.all(
    [...content.cities.values()].map(async (city) => ({
      params: { city: city.id },
      props: {
        feed: {
          title: `${city.data.name} · ${site.name}`,
          description: city.data.federation,
          site: site.url,
          items: await feedItems(content.news.filter((entry) => resolve(content.cities, entry.data.city) === city)),
          customData: `<language>${city.data.lang}</language>`,
          trailingSlash: true,
        },
      },
    })),
  );
}
