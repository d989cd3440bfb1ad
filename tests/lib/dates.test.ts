import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  isoDay,
  parseShanghaiDate,
  shanghaiDate,
  shanghaiParts,
  shanghaiYear,
  todayInShanghai,
} from '../../src/lib/dates.ts';

/** The instant of a wall-clock time in Shanghai (UTC+8), spelled out for the assertions. */
const utcOf = (iso: string) => new Date(iso).toISOString();

describe('shanghaiDate', () => {
  it('builds the instant eight hours before the same wall-clock time in UTC', () => {
    expect(shanghaiDate(2024, 11, 21)?.toISOString()).toBe('2024-11-20T16:00:00.000Z');
    expect(shanghaiDate(2024, 11, 21, 18, 40)?.toISOString()).toBe('2024-11-21T10:40:00.000Z');
    expect(shanghaiDate(2024, 11, 21, 18, 40, 5)?.toISOString()).toBe('2024-11-21T10:40:05.000Z');
  });

  it('rejects impossible calendar dates instead of rolling them over', () => {
    expect(shanghaiDate(2024, 2, 30)).toBeUndefined();
    expect(shanghaiDate(2023, 2, 29)).toBeUndefined();
    expect(shanghaiDate(2024, 4, 31)).toBeUndefined();
    expect(shanghaiDate(2024, 13, 1)).toBeUndefined();
    expect(shanghaiDate(2024, 0, 1)).toBeUndefined();
    expect(shanghaiDate(2024, 1, 0)).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(shanghaiDate(2024, 2, 29)?.toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it('rejects impossible times of day', () => {
    expect(shanghaiDate(2024, 1, 1, 24)).toBeUndefined();
    expect(shanghaiDate(2024, 1, 1, 23, 60)).toBeUndefined();
    expect(shanghaiDate(2024, 1, 1, 23, 59, 60)).toBeUndefined();
    expect(shanghaiDate(2024, 1, 1, 23, 59, 59)?.toISOString()).toBe('2024-01-01T15:59:59.000Z');
  });
});

describe('parseShanghaiDate', () => {
  it('reads a bare day as midnight in Shanghai', () => {
    expect(parseShanghaiDate('2024-11-21')?.toISOString()).toBe(utcOf('2024-11-21T00:00:00+08:00'));
  });

  it('reads a day with a time, with a space or a T, with or without seconds', () => {
    expect(parseShanghaiDate('2024-11-21 18:40')?.toISOString()).toBe(utcOf('2024-11-21T18:40:00+08:00'));
    expect(parseShanghaiDate('2024-11-21T18:40')?.toISOString()).toBe(utcOf('2024-11-21T18:40:00+08:00'));
    expect(parseShanghaiDate('2024-11-21 08:05:09')?.toISOString()).toBe(utcOf('2024-11-21T08:05:09+08:00'));
  });

  it('accepts one-digit months, days and hours and surrounding spaces', () => {
    expect(parseShanghaiDate(' 2024-3-8 9:30 ')?.toISOString()).toBe(utcOf('2024-03-08T09:30:00+08:00'));
  });

  it('rejects text that is not a date staff would write', () => {
    for (const text of ['2024/11/21', '2024年11月21日', '21-11-2024', '2024-11', '2024-11-21 18', '', 'yesterday']) {
      expect(parseShanghaiDate(text), text).toBeUndefined();
    }
  });

  it('rejects impossible dates and times written as text', () => {
    expect(parseShanghaiDate('2024-02-30')).toBeUndefined();
    expect(parseShanghaiDate('2024-11-21 25:00')).toBeUndefined();
  });

  it('rejects offsets, which the content checker cannot read either', () => {
    expect(parseShanghaiDate('2024-11-21T18:40:00+08:00')).toBeUndefined();
    expect(parseShanghaiDate('2024-11-21T10:40:00Z')).toBeUndefined();
  });

  it('rejects values that are neither text nor dates', () => {
    expect(parseShanghaiDate(20241121)).toBeUndefined();
    expect(parseShanghaiDate(undefined)).toBeUndefined();
    expect(parseShanghaiDate(null)).toBeUndefined();
    expect(parseShanghaiDate(new Date(Number.NaN))).toBeUndefined();
  });

  // Astro's YAML reader turns `date: 2024-11-21` into midnight UTC.
  it('reads a YAML bare day (midnight UTC) as that calendar day in Shanghai', () => {
    const fromYaml = new Date(Date.UTC(2024, 10, 21));
    expect(parseShanghaiDate(fromYaml)?.toISOString()).toBe(parseShanghaiDate('2024-11-21')?.toISOString());
  });

  // …and `date: 2024-12-31 20:00:00` into 20:00 UTC, which is already 1 January in Shanghai.
  it('reads a YAML timestamp as Shanghai wall-clock time, as the checker reads the same text', () => {
    const fromYaml = new Date(Date.UTC(2024, 11, 31, 20, 0, 0));
    const parsed = parseShanghaiDate(fromYaml);
    expect(parsed?.toISOString()).toBe(utcOf('2024-12-31T20:00:00+08:00'));
    expect(parsed && formatChineseDate(parsed)).toBe('2024年12月31日');
    expect(parsed && shanghaiYear(parsed)).toBe(2024);
  });
});

describe('shanghaiParts and formatting', () => {
  // 2024-12-31T16:30Z is 00:30 on New Year's Day in Shanghai.
  const newYearInShanghai = new Date('2024-12-31T16:30:00Z');

  it('gives the calendar fields in Shanghai, not in UTC or the machine zone', () => {
    expect(shanghaiParts(newYearInShanghai)).toEqual({ year: 2025, month: 1, day: 1, hour: 0, minute: 30 });
    expect(shanghaiYear(newYearInShanghai)).toBe(2025);
  });

  it('formats 年月日 without leading zeros', () => {
    expect(formatChineseDate(newYearInShanghai)).toBe('2025年1月1日');
    expect(formatChineseDate(new Date('2024-11-21T10:40:00Z'))).toBe('2024年11月21日');
  });

  it('formats ISO days with leading zeros', () => {
    expect(isoDay(newYearInShanghai)).toBe('2025-01-01');
    expect(isoDay(new Date('2024-03-08T02:00:00Z'))).toBe('2024-03-08');
  });

  it('round-trips a parsed day through isoDay', () => {
    for (const day of ['2024-01-01', '2024-02-29', '2024-12-31']) {
      const date = parseShanghaiDate(day);
      expect(date && isoDay(date)).toBe(day);
    }
  });

  it("gives today's day in Shanghai whatever the clock's own zone", () => {
    expect(todayInShanghai(new Date('2024-11-20T15:59:59Z'))).toBe('2024-11-20');
    expect(todayInShanghai(new Date('2024-11-20T16:00:00Z'))).toBe('2024-11-21');
    expect(todayInShanghai()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
