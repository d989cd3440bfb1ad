import { shanghaiDate } from '../../../src/lib/dates.ts';
import { fold } from './text-lines.ts';

export interface FoundDate {
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM, when the text gives one. */
  time?: string;
}

/** The frontmatter value: `2024-11-21`, or `"2024-11-21 18:40"` when there is a time. */
export function dateValue(found: FoundDate): string {
  return found.time ? `"${found.day} ${found.time}"` : found.day;
}

function build(year: number, month: number, day: number, hour?: number, minute?: number): FoundDate | undefined {
  if (!shanghaiDate(year, month, day, hour ?? 0, minute ?? 0)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${year}-${pad(month)}-${pad(day)}`,
    ...(hour !== undefined && minute !== undefined ? { time: `${pad(hour)}:${pad(minute)}` } : {}),
  };
}

const patterns: { pattern: RegExp; read: (m: RegExpExecArray) => FoundDate | undefined }[] = [
  // 2024-11-21 18:40, 2024/11/21, 2024.11.21
  {
    pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?(?!\d)/,
    read: (m) => build(+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : undefined, m[5] ? +m[5] : undefined),
  },
  // 2017年9月15日, 2017年9月15星期五 (e-paper date lines leave out the 日)
  {
    pattern: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号|星期|周|\s|$)/,
    read: (m) => build(+m[1]!, +m[2]!, +m[3]!),
  },
  // 16.08.2017: day first, as some e-paper archives write it
  {
    pattern: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/,
    read: (m) => build(+m[3]!, +m[2]!, +m[1]!),
  },
];

/** A full date written in a line, in any of the forms the three article shapes use. */
export function findDate(original: string): FoundDate | undefined {
  const text = fold(original);
  for (const { pattern, read } of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const found = read(match);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A wire-story dateline, `12月20日讯`, has no year: it is taken from the first
 * year the story names (`2023年,…`). Without one the caller must ask.
 */
export function findDatelineDate(original: string): { found?: FoundDate; month: number; day: number } | undefined {
  const text = fold(original);
  const match = /(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*讯/.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const year = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(text.slice(match.index))?.[1];
  const found = year ? build(Number(year), month, day) : undefined;
  return { ...(found ? { found } : {}), month, day };
}
