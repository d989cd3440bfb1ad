import { nameSlug, pinyinSlug } from '../lib/slug.ts';
import { toSimplified } from '../lib/script.ts';

/** An entry another one may point at: its file name (the id) and the name staff know it by. */
export interface ReferenceCandidate {
  id: string;
  name?: string;
}

/**
 * The entry meant by what was written where a file name belongs: `city: 聊城`
 * (a name, in either script, with or without 市), `brands: [吉林四姐]`,
 * `people: [方淑玲]` (pinyin of a name), `city: liaocheng.md` or `Liaocheng`
 * (the file name written as a file). Undefined when nothing fits.
 */
export function meantEntry<C extends ReferenceCandidate>(written: string, candidates: readonly C[]): C | undefined {
  const asFile = written
    .trim()
    .replace(/^.*[/\\]/, '')
    .replace(/\.mdx?$/i, '')
    .toLowerCase();
  const byId = candidates.find((candidate) => candidate.id === asFile);
  if (byId) return byId;
  const name = fold(written);
  if (!name) return undefined;
  const byName = candidates.find((candidate) => candidate.name !== undefined && fold(candidate.name) === name);
  if (byName) return byName;
  const spelled = new Set([pinyinSlug(written), pinyinSlug(name), nameSlug(written)]);
  return candidates.find((candidate) => spelled.has(candidate.id));
}

/** Simplified script, no spaces or quotation marks, and no administrative suffix: 聊城市 and 「聊城」 both read 聊城. */
function fold(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(/[\s"'“”‘’《》「」『』【】]/gu, '')
    .replace(/(?<=\p{Script=Han}{2})(?:市|区|县|旗)$/u, '');
}
