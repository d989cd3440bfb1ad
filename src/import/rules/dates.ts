import { shanghaiDate, shanghaiParts } from '../../lib/dates.ts';
import type { FoundDate } from '../model.ts';
import { fold } from '../text/lines.ts';

/** The frontmatter value: `2024-11-21`, or `"2024-11-21 18:40"` when there is a time. */
export function dateValue(found: FoundDate): string {
  return found.time ? `"${found.day} ${found.time}"` : found.day;
}

export function buildDate(
  year: number,
  month: number,
  day: number,
  hour?: number,
  minute?: number,
): FoundDate | undefined {
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
    pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:(?:\s+|T)(\d{1,2}):(\d{2}))?/u,
    read,
  },
  // 2017年9月15日, 2017年9月15星期五 (e-paper date lines leave out the 日), 2026年11月28日 18:30
  {
    pattern:
      /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号|(?=星期|周|\s|$))(?:\s*(?:上午|下午|晚上)?\s*(\d{1,2}):(\d{2}))?/u,
    read,
  },
  // 16.08.2017: day first, as some e-paper archives write it
  {
    pattern: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u,
    read: (m) => buildDate(+m[3]!, +m[2]!, +m[1]!),
  },
];

function read(m: RegExpExecArray): FoundDate | undefined {
  const hour = m[4] ? +m[4] : undefined;
  const minute = m[5] ? +m[5] : undefined;
  const pm = /下午|晚上/u.test(m[0]) && hour !== undefined && hour < 12 ? 12 : 0;
  return buildDate(+m[1]!, +m[2]!, +m[3]!, hour === undefined ? undefined : hour + pm, minute);
}

/** A full date written in a line, in any of the forms articles use; the first one that is a real day. */
export function findDate(line: string): FoundDate | undefined {
  return findDateAt(line)?.date;
}

export function findDateAt(line: string): { date: FoundDate; index: number; length: number } | undefined {
  const text = fold(line);
  for (const { pattern, read: readMatch } of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const date = readMatch(match);
      if (date) return { date, index: match.index, length: match[0].length };
    }
  }
  return undefined;
}

/**
 * A line that is only a date, with perhaps a weekday, a time, a place or
 * brackets: `2017年9月15日 星期五`, `（2024年9月27日）`, `2024-03-08 10:20`.
 * Such a line is the article's date, never a sentence of it.
 */
export function dateOnlyLine(line: string): FoundDate | undefined {
  const found = findDateAt(line);
  if (!found) return undefined;
  const text = fold(line);
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length))
    .replace(/星期[一二三四五六日天]|周[一二三四五六日]|农历\S*|[()[\]【】〔〕\s,]/gu, '')
    .trim();
  return rest === '' ? found.date : undefined;
}

/** Seconds since 1970, as a saved WeChat page's script records the post time. */
export function dateFromEpoch(seconds: number): FoundDate | undefined {
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  const { year, month, day, hour, minute } = shanghaiParts(new Date(seconds * 1000));
  return buildDate(year, month, day, hour, minute);
}
