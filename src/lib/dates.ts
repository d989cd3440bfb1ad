/** Asia/Shanghai has had no daylight saving since 1991, so a fixed offset is exact for our dates. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a date as staff write it, in Asia/Shanghai. Astro's YAML reader turns
 * `2024-11-21` into midnight UTC and `2024-11-21 18:40:00` into 18:40 UTC; both
 * are read as that wall-clock time in Shanghai, as the content checker (which
 * sees the same text as a string) reads them. Text with an explicit offset
 * never gets this far: the checker rejects it.
 */
export function parseShanghaiDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return shanghaiDate(
      value.getUTCFullYear(),
      value.getUTCMonth() + 1,
      value.getUTCDate(),
      value.getUTCHours(),
      value.getUTCMinutes(),
      value.getUTCSeconds(),
    );
  }
  if (typeof value !== 'string') return undefined;
  const match = DATE_TEXT.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return shanghaiDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
}

/** Builds the instant for a wall-clock time in Shanghai; undefined for impossible dates like 2月30日. */
export function shanghaiDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - SHANGHAI_OFFSET_MINUTES * 60_000;
  const date = new Date(utc);
  const parts = shanghaiParts(date);
  return parts.year === year && parts.month === month && parts.day === day ? date : undefined;
}

export interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function shanghaiParts(date: Date): ShanghaiParts {
  const shifted = new Date(date.getTime() + SHANGHAI_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** 2024年11月21日 — the form Chinese readers expect on a page. */
export function formatChineseDate(date: Date): string {
  const { year, month, day } = shanghaiParts(date);
  return `${year}年${month}月${day}日`;
}

/** 2024-11-21, for `<time datetime>` and file names. */
export function isoDay(date: Date): string {
  const { year, month, day } = shanghaiParts(date);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function shanghaiYear(date: Date): number {
  return shanghaiParts(date).year;
}

/** Today's calendar day in Shanghai, whatever the machine's own time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  return isoDay(now);
}
