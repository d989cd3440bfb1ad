import type { KnownCity, SourceKind } from '../model.ts';
import { key, length } from '../text/lines.ts';
import { toSimplified } from '../../lib/script.ts';

const ORGANISATION =
  /^[\p{Script=Han}·]{2,18}(妇联|妇女联合会|融媒体中心|融媒中心|融媒|发布|公众号|微信|日报|晚报|都市报|报社|电视台|广播电视台|新闻网|新闻中心)$/u;

/**
 * A line that names a publisher and nothing else: a WeChat account
 * (`聊城市妇联`, `天水发布`), a federation, a newspaper's masthead or a media
 * centre. A title is never one of these.
 */
export function isOrganisationName(line: string, cities: readonly KnownCity[]): boolean {
  const text = key(line).replace(/\s+/gu, '');
  if (length(text) > 20) return false;
  if (knownAccounts(cities).has(text)) return true;
  return ORGANISATION.test(text) || isMasthead(text);
}

function knownAccounts(cities: readonly KnownCity[]): Set<string> {
  return new Set(
    cities.flatMap((city) =>
      [city.wechat, city.federation, city.name].filter(Boolean).map((name) => toSimplified(name!)),
    ),
  );
}

/** A newspaper's masthead: 中国妇女报, 聊城日报, 天水晚报. */
export function isMasthead(line: string): boolean {
  return /^[\p{Script=Han}]{2,10}(日报|晚报|都市报|商报|时报|周报|报)$/u.test(key(line).trim());
}

/** What kind of publisher a source is, read from its name. */
export function sourceKindOf(name: string): SourceKind | undefined {
  const text = key(name);
  if (/(公众号|微信)$/u.test(text)) return 'wechat';
  if (/(日报|晚报|都市报|商报|时报|周报|报|报社)$/u.test(text)) return 'newspaper';
  if (/(融媒体中心|融媒中心|融媒|电视台|广播电视台|广播电台|新闻网|新闻中心|网|客户端|在线)$/u.test(text))
    return 'media';
  return undefined;
}

/**
 * A line that reads as body text rather than a headline: a sentence with
 * closing punctuation, or longer than any headline.
 */
export function isSentence(line: string): boolean {
  const text = key(line).trim();
  if (length(text) > 64) return true;
  if (/[。;,:、]$/u.test(text)) return true;
  // Two sentences in one line: 活动当天,三十多位妇女参加。培训结束……
  return /[。!?].+/u.test(text.replace(/[!?]+$/u, '')) && /[。]/u.test(text);
}
