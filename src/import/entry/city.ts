import { toSimplified } from '../../lib/script.ts';
import type { KnownCity, Script } from '../model.ts';

/**
 * The city the text is about, when it names one known city more than any
 * other: by its name (聊城市), its federation, its WeChat account, the short
 * name followed by 妇联 (聊城妇联), and, counting least, the short name alone
 * (聊城日报, 聊城“最美执委”). Both scripts count alike.
 */
export function detectCity(text: string, cities: readonly KnownCity[]): { city?: KnownCity; candidates: KnownCity[] } {
  const simplified = toSimplified(text);
  const scored = cities
    .map((city) => {
      const name = toSimplified(city.name);
      const short = name.replace(/(?<=.{2})(市|区|县)$/u, '');
      const federation = toSimplified(city.federation);
      const wechat = city.wechat ? toSimplified(city.wechat) : '';
      const score =
        count(simplified, name) * 2 +
        (federation ? count(simplified, federation) * 3 : 0) +
        (wechat && wechat !== name ? count(simplified, wechat) * 2 : 0) +
        (short !== name ? count(simplified, `${short}妇联`) + count(simplified, short) : 0);
      return { city, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  const candidates = scored.map(({ city }) => city);
  if (!first || (second && second.score === first.score)) return { candidates };
  return { city: first.city, candidates };
}

function count(text: string, word: string): number {
  if (!word) return 0;
  return text.split(word).length - 1;
}

/** Traditional when a noticeable share of its Han characters change on conversion to simplified. */
export function detectScript(text: string): Script {
  const han = [...text].filter((char) => /\p{Script=Han}/u.test(char));
  if (han.length === 0) return 'zh-Hans';
  const simplified = [...toSimplified(han.join(''))];
  const changed = han.filter((char, index) => simplified[index] !== char).length;
  return changed / han.length > 0.04 ? 'zh-Hant' : 'zh-Hans';
}
