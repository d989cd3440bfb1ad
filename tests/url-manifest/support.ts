import type { EntryPage } from '../../src/url-manifest/entry-pages.ts';
import type { CollectionName } from '../../src/schemas/shared.ts';
import { paths } from '../../src/lib/urls.ts';

/** A published news item (or another entry) as the URL rules see it. */
export function page(key: string, overrides: Partial<EntryPage> = {}): EntryPage {
  const [collection = 'news', ...rest] = key.split('/');
  const id = rest.join('/');
  const path =
    collection === 'news'
      ? paths.news(id)
      : collection === 'people'
        ? paths.person(id)
        : collection === 'brands'
          ? paths.brand(id)
          : collection === 'cities'
            ? paths.city(id)
            : paths.column(id);
  return {
    key,
    collection: collection as CollectionName,
    id,
    path,
    file: `content/${key}.md`,
    title: id,
    state: 'published',
    live: true,
    hasShortLink: ['news', 'people', 'brands'].includes(collection),
    aliases: [],
    ...overrides,
  };
}
