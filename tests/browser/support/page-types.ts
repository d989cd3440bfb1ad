import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One page of each kind the sample site builds, with the variants that change
 * the layout: traditional script, a cover, MDX, a chart, pagination, 404.
 */
export const PAGE_TYPES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/news/' },
  { name: 'news list, page 2', path: '/news/page/2/' },
  { name: 'news year', path: '/news/2024/' },
  { name: 'article, traditional script, cover', path: '/news/2024/jilin-ponan-xingdong/' },
  { name: 'article, MDX', path: '/news/2024/zhiwei-xuanjiangtuan/' },
  { name: 'article, no cover', path: '/news/2024/liaocheng-zhiwei-lvzhi/' },
  { name: 'city list', path: '/cities/' },
  { name: 'city, figures chart', path: '/cities/jilin/' },
  { name: 'brand list', path: '/brands/' },
  { name: 'brand with logo and sub-brands', path: '/brands/jilin-sijie/' },
  { name: 'person list', path: '/people/' },
  { name: 'person with portrait', path: '/people/wu-yunping/' },
  { name: 'column', path: '/columns/zuimei-zhiwei/' },
  { name: 'tag list', path: '/tags/' },
  { name: 'tag', path: '/tags/zhiwei/' },
  { name: 'not found', path: '/no-such-page/' },
];

/** The page types, plus the search page once the site has one. */
export function pageTypes(dist: string): { name: string; path: string }[] {
  const search = existsSync(join(dist, 'search', 'index.html')) ? [{ name: 'search', path: '/search/' }] : [];
  return [...PAGE_TYPES, ...search];
}

/** Reading modes as stored by the settings switch, `{}` being the default look. */
export const READING_MODES = {
  default: {},
  'large text': { text: true },
  'high contrast': { contrast: true },
  'large text + high contrast': { text: true, contrast: true },
} as const;
