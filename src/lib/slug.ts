import { OutputFormat, pinyin, segment } from 'pinyin-pro';
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

/** A person's name as surname-given: 方淑玲 → fang-shuling, 曾小贤 → zeng-xiaoxian, 欧阳娜娜 → ouyang-nana. */
export function nameSlug(name: string): string {
  const simplified = toSimplified(name.normalize('NFKC'));
  // Latin names keep their word breaks: Anna Li → anna-li.
  if (!HAN.test(simplified)) return asciiSlug(simplified);
  // Chinese names are sometimes padded to line up in lists, with a space or U+3000: 张\u3000三.
  const compact = simplified.replace(/\s+/g, '');
  // Surname mode reads the first characters as a surname (曾 zeng, 单 shan) and keeps 欧阳 or 诸葛 as one.
  const [surname = '', ...given] = segment(compact, {
    toneType: 'none',
    v: true,
    surname: 'head',
    nonZh: 'consecutive',
    format: OutputFormat.AllSegment,
  }).map((part) => part.result);
  return asciiSlug([surname, given.join('')].join('-'));
}

function toneless(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
}

function asciiSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      // Accents come apart under NFKD; drop the marks so that résumé stays one word.
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

function trimSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * The file name — and so the URL — of a new entry titled `title`: one rule for `npm run new` and the editor.
 * A person is 姓-名; a city drops its administrative suffix (吉林市 → jilin, 秦州区 → qinzhou), as the sample's do.
 */
export function entrySlug(collection: 'cities' | 'news' | 'brands' | 'people' | 'columns', title: string): string {
  if (collection === 'people') return nameSlug(title);
  if (collection === 'cities') return pinyinSlug(title.replace(/(?<=.{2})(市|区|區|县|縣)$/u, ''));
  return pinyinSlug(title, 40);
}
