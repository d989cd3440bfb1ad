import type { CreditRole } from '../model.ts';
import { key } from '../text/lines.ts';
import { labelledPieces } from './labelled.ts';

/** Who files a wire story: a media centre, a station, a news site, a paper, or 本报 / 本台. */
const ORG = String.raw`本报|本台|本网|新华社|中新社|[\p{Script=Han}·]{2,24}?(?:融媒体中心|融媒中心|广播电视台|电视台|新闻中心|新闻网|客户端|网|报)`;

/** `秦州区融媒体中心12月20日讯`, `本报聊城11月20日电`, `新华社北京3月8日电`: a place and a day. */
const DATED = new RegExp(
  String.raw`^(?:本台讯\s*)?(?<org>${ORG})\s*(?<place>\p{Script=Han}{0,6}?)\s*(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日\s*(?:讯|电)`,
  'u',
);
/** `本报讯`, `聊城新闻网讯`: no day. */
const UNDATED = new RegExp(String.raw`^(?<org>${ORG})\s*讯`, 'u');
const CREDIT = /^\s*[([【]\s*(?<credit>[^()[\]【】]{1,60}?)\s*[)\]】]/u;

export interface Dateline {
  /** How many characters of the paragraph it takes, with the space after it. */
  length: number;
  /** The publisher as written (`秦州區融媒體中心`); absent for 本报 / 本台, which name no one. */
  org?: string;
  year?: number;
  month?: number;
  day?: number;
  credits: { role: CreditRole; names: string[] }[];
}

/** The dateline opening a lead paragraph; the paragraph itself stays. */
export function leadDateline(paragraph: string): Dateline | undefined {
  const text = key(paragraph);
  const match = DATED.exec(text) ?? UNDATED.exec(text);
  if (!match?.groups) return undefined;
  let end = match[0].length;
  const credits: Dateline['credits'] = [];
  const bracket = CREDIT.exec(text.slice(end));
  if (bracket?.groups) {
    const pieces = labelledPieces(
      paragraph.slice(end + bracket[0].indexOf(bracket.groups.credit!), end + bracket[0].length - 1),
    );
    const found = pieces?.flatMap((piece) =>
      piece.is.kind === 'credit'
        ? [{ role: piece.is.role, names: piece.value.split(/[、,，\s\u3000]+/u).filter(Boolean) }]
        : [],
    );
    if (found && found.length > 0) {
      credits.push(...found);
      end += bracket[0].length;
    }
  }
  end += /^[\s,:]*/u.exec(text.slice(end))![0].length;
  const org = match.groups.org!;
  const named = !/^本(报|台|网)$/u.test(org);
  const orgStart = match[0].indexOf(org);
  return {
    length: end,
    ...(named ? { org: paragraph.slice(orgStart, orgStart + org.length) } : {}),
    ...(match.groups.year ? { year: Number(match.groups.year) } : {}),
    ...(match.groups.month ? { month: Number(match.groups.month), day: Number(match.groups.day) } : {}),
    credits,
  };
}
