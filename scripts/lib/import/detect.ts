import { toSimplified } from '../../../src/lib/script.ts';
import type { Script } from '../../../src/schemas/shared.ts';
import type { CityInfo } from '../content-files.ts';
import type { Shape } from './article.ts';
import { MEDIA_DATELINE } from './media.ts';
import { WECHAT_DATE_LINE } from './wechat.ts';
import { fold } from './text-lines.ts';

/** Which of the three shapes staff meet a pasted text has; `plain` when none fits. */
export function detectShape(lines: readonly string[]): Shape {
  const filled = lines.filter(Boolean).map(fold);
  if (filled.some((line) => MEDIA_DATELINE.test(line))) return 'media';
  if (filled.slice(0, 12).some((line) => WECHAT_DATE_LINE.test(line))) return 'wechat';
  const newspaper =
    filled.some((line) => /^[□■]/u.test(line) || /^本报(讯|记者)/u.test(line)) ||
    filled.slice(0, 15).some((line) => /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*星期/u.test(line));
  return newspaper ? 'newspaper' : 'plain';
}

/**
 * The city the text is about, when it names exactly one known city more than
 * any other: by its name (聊城市), its federation, or `聊城` followed by 妇联.
 */
export function detectCity(text: string, cities: readonly CityInfo[]): { city?: CityInfo; candidates: CityInfo[] } {
  const simplified = toSimplified(text);
  const scored = cities
    .map((city) => {
      const name = toSimplified(city.name);
      const short = name.replace(/(?<=.{2})(市|区|县)$/u, '');
      const federation = toSimplified(city.federation);
      const score =
        count(simplified, name) * 2 +
        (federation ? count(simplified, federation) * 3 : 0) +
        (short !== name ? count(simplified, `${short}妇联`) * 2 : 0);
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
