import type { CollectionName } from '../schemas/shared.ts';
import { hasPage, publicationState, type PublicationState } from '../lib/publishing.ts';
import { paths } from '../lib/urls.ts';

/** What the URL rules need to know of an entry; the content checker's entries have this shape. */
export interface EntryLike {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface EntryPage {
  /** `<collection>/<id>`, as the manifest records it. */
  key: string;
  collection: CollectionName;
  id: string;
  path: string;
  file: string;
  title: string;
  state: PublicationState;
  /** True when a production build makes a page at `path`. */
  live: boolean;
  /** News, people and brands get a short link for WeChat's 阅读原文 and QR codes. */
  hasShortLink: boolean;
  aliases: { path: string; line: number }[];
}

const shortLinked: ReadonlySet<CollectionName> = new Set(['news', 'people', 'brands']);

export function entryPath(collection: CollectionName, id: string): string {
  switch (collection) {
    case 'cities':
      return paths.city(id);
    case 'news':
      return paths.news(id);
    case 'brands':
      return paths.brand(id);
    case 'people':
      return paths.person(id);
    case 'columns':
      return paths.column(id);
  }
}

export function entryPages(entries: readonly EntryLike[], now: Date): EntryPage[] {
  return entries.map((entry) => {
    const { data } = entry;
    const state = publicationState(
      {
        draft: data.draft === true,
        date: data.date instanceof Date ? data.date : undefined,
        withdrawn: data.withdrawn,
      },
      now,
    );
    const aliases = Array.isArray(data.aliases) ? data.aliases : [];
    return {
      key: `${entry.collection}/${entry.id}`,
      collection: entry.collection,
      id: entry.id,
      path: entryPath(entry.collection, entry.id),
      file: entry.file,
      title: String(data.title ?? data.name ?? entry.id),
      state,
      live: hasPage(state),
      hasShortLink: shortLinked.has(entry.collection),
      aliases: aliases
        .filter((alias): alias is string => typeof alias === 'string')
        .map((alias, index) => ({ path: alias, line: entry.lineOf(['aliases', index]) })),
    };
  });
}
