import { walk } from '../marks.ts';
import type { Problem, RuleContext } from '../model.ts';

// Mainland mobile numbers: 11 digits from 13x to 19x, optionally +86 and spaced 3-4-4; not part of a longer number.
const MOBILE = /(?<![\d.])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d.])/g;
// Resident ID numbers: 17 digits and a check character; the checksum keeps long serial numbers from matching.
const RESIDENT_ID = /(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])/g;

export interface PersonalDataMatch {
  kind: 'mobile' | 'residentId';
  /** Masked, so the message does not repeat the number it warns about. */
  masked: string;
}

/** Mobile and resident ID numbers in a text, masked. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const match of text.matchAll(MOBILE)) {
    found.push({ kind: 'mobile', masked: `${match[1]}****${match[3]}` });
  }
  for (const match of text.matchAll(RESIDENT_ID)) {
    const id = match[1] ?? '';
    if (isResidentId(id)) found.push({ kind: 'residentId', masked: `${id.slice(0, 6)}********${id.slice(14)}` });
  }
  return found;
}

/** GB 11643-1999: a plausible birth date and the ISO 7064 MOD 11-2 check character. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return '10X98765432'[sum % 11] === id[17]?.toUpperCase();
}

const advice = '如果这是应当公开的号码(例如服务热线),请在属性区写 allowPersonalData: true';

/** Personal numbers must not be published unless the entry says, in so many words, that they are meant to be. */
export function checkPersonalData({ entries }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.data.allowPersonalData === true) continue;
    const report = (line: number, field: string | undefined, match: PersonalDataMatch) =>
      problems.push({
        file: entry.file,
        line,
        ...(field ? { field } : {}),
        message:
          match.kind === 'mobile'
            ? `有手机号码“${match.masked}”:个人手机号不能公开发布,请删去或改成单位电话;${advice}`
            : `有居民身份证号码“${match.masked}”:身份证号不能公开发布,请删去;${advice}`,
      });
    walk(entry.data, [], (value, path) => {
      if (typeof value !== 'string') return false;
      for (const match of findPersonalData(value)) report(entry.lineOf(path), path.join('.'), match);
      return true;
    });
    entry.body.split('\n').forEach((line, index) => {
      for (const match of findPersonalData(line)) report(entry.bodyLine + index, undefined, match);
    });
  }
  return problems;
}
