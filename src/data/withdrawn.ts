import { paths } from '../lib/urls.ts';
import { getContentIndex, resolve, scriptOf, type Brand, type News, type Person } from './entries.ts';

/** Where a withdrawn entry's page lives: the URL it had when it was published. */
function pathOf(entry: News | Brand | Person): string {
  if (entry.collection === 'news') return paths.news(entry.id);
  if (entry.collection === 'brands') return paths.brand(entry.id);
  return paths.person(entry.id);
}

/** One page per withdrawn entry, saying when and why it was taken down: a link printed in WeChat never ends in a 404. */
export async function getWithdrawnPages() {
  const content = await getContentIndex();
  return content.withdrawn.flatMap((entry) => {
    const { withdrawn } = entry.data;
    if (!withdrawn) return [];
    const city = resolve(content.cities, entry.data.city);
    return [
      {
        params: { path: pathOf(entry).replace(/^\/|\/$/g, '') },
        props: {
          title: entry.collection === 'news' ? entry.data.title : entry.data.name,
          published: entry.collection === 'news' ? entry.data.date : undefined,
          withdrawn,
          lang: scriptOf(entry, content.cities),
          city: { name: city.data.name, url: paths.city(city.id) },
        },
      },
    ];
  });
}
