import { toSimplified } from '../../lib/script.ts';
import { pinyinSlug } from '../../lib/slug.ts';
import type { KnownName } from '../model.ts';

/**
 * A file name for a title: the known names in it (cities, brands, people)
 * become their own slugs, the rest is pinyin grouped into words:
 * 聊城市妇联举办执委培训班 → liaocheng-fulian-juban-zhiwei-peixunban. A city
 * is also known by its name without 市/区/县 (聊城).
 */
export function articleSlug(title: string, names: readonly KnownName[], maxLength = 48): string {
  // 丨 is a Han character (gǔn) that titles use as a bar: it separates, it is not read.
  const text = toSimplified(title.normalize('NFKC')).replace(/[丨|]/gu, ' ');
  const known = withShortNames(names)
    .map(({ name, slug }) => ({ name: toSimplified(name.normalize('NFKC')), slug }))
    .filter(({ name, slug }) => name.length >= 2 && slug)
    .sort((a, b) => b.name.length - a.name.length);
  const words: string[] = [];
  let rest = '';
  for (let index = 0; index < text.length;) {
    const match = known.find(({ name }) => text.startsWith(name, index));
    if (match) {
      if (rest) words.push(pinyinSlug(rest, 200));
      rest = '';
      words.push(match.slug);
      index += match.name.length;
    } else {
      rest += text[index];
      index++;
    }
  }
  if (rest) words.push(pinyinSlug(rest, 200));
  return trim(words.filter(Boolean).join('-'), maxLength);
}

function withShortNames(names: readonly KnownName[]): KnownName[] {
  const short = names.flatMap(({ name, slug }) => {
    const stem = name.replace(/(?<=.{2})(市|区|區|县|縣)$/u, '');
    return stem !== name ? [{ name: stem, slug }] : [];
  });
  return [...names, ...short];
}

function trim(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/u, '');
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
