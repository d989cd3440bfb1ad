import { pinyin } from 'pinyin-pro';
import { toSimplified } from './script.ts';

const HAN = /\p{Script=Han}/u;
const wordSegmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/**
 * An ASCII slug for Chinese text, one pinyin group per word:
 * 吉林四姐 → jilin-sijie. Traditional input gives the same slug as simplified.
 */
export function pinyinSlug(text: string, maxLength = 60): string {
  const simplified = toSimplified(text.normalize('NFKC'));
  const words: string[] = [];
  // ICU's dictionary splits terms it does not know (妇联, 巾帼) into single characters; runs of those are kept together.
  let singles = '';
  for (const { segment, isWordLike } of wordSegmenter.segment(simplified)) {
    if (!isWordLike) {
      if (singles) words.push(singles);
      singles = '';
      continue;
    }
    const isHan = HAN.test(segment);
    if (isHan && [...segment].length === 1) {
      singles += toneless(segment).join('');
      continue;
    }
    if (singles) words.push(singles);
    singles = '';
    words.push(isHan ? toneless(segment).join('') : segment);
  }
  if (singles) words.push(singles);
  return trimSlug(asciiSlug(words.join('-')), maxLength);
}

/** A person's name as surname-given: 方淑玲 → fang-shuling. */
export function nameSlug(name: string): string {
  const simplified = toSimplified(name.normalize('NFKC')).replace(/\s+/g, '');
  if (!HAN.test(simplified)) return asciiSlug(simplified);
  const [surname = '', ...given] = toneless(simplified);
  return asciiSlug([surname, given.join('')].join('-'));
}

function toneless(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
}

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function trimSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
