/**
 * Chinese has no spaces between words, so something must cut text into
 * words before it is indexed, and cut a query the same way. Pagefind would
 * cut the pages with its own dictionary at build time (most of its indexing
 * time and memory) and queries with the browser's `Intl.Segmenter`; here
 * both sides use `Intl.Segmenter` — ICU's dictionary, in Node at build time
 * and in the browser at query time — and Pagefind gets words already
 * separated by spaces, indexed under a language it does not segment.
 */
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** The words of a text, punctuation and spaces left out, joined by single spaces. */
export function segmentWords(text: string): string {
  const words: string[] = [];
  for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(part.segment);
  return words.join(' ');
}

/** The language the index is written under: one Pagefind has no segmenter or stemmer for. */
export const indexLanguage = 'zxx';
