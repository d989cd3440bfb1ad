import { describe, expect, it } from 'vitest';
import { dateValue, findDate, findDatelineDate } from '../../../scripts/lib/import/dates.ts';

describe('findDate', () => {
  it('reads a WeChat time line, keeping the time', () => {
    expect(findDate('2024-11-21 18:40   山东')).toEqual({ day: '2024-11-21', time: '18:40' });
    expect(dateValue({ day: '2024-11-21', time: '18:40' })).toBe('"2024-11-21 18:40"');
  });

  it('reads Chinese dates, with or without 日, as e-paper date lines write them', () => {
    expect(findDate('2017年9月15星期五')).toEqual({ day: '2017-09-15' });
    expect(findDate('2017年9月15日 星期五')).toEqual({ day: '2017-09-15' });
    expect(findDate('2017 年 9 月 5 日')).toEqual({ day: '2017-09-05' });
  });

  it('reads day-first dates and slashes', () => {
    expect(findDate('16.08.2017')).toEqual({ day: '2017-08-16' });
    expect(findDate('2017/8/16')).toEqual({ day: '2017-08-16' });
    expect(dateValue({ day: '2017-08-16' })).toBe('2017-08-16');
  });

  it('reads full-width digits and punctuation', () => {
    expect(findDate('２０２４－１１－２１　１８：４０')).toEqual({ day: '2024-11-21', time: '18:40' });
  });

  it('refuses dates that do not exist and text without a date', () => {
    expect(findDate('2024-02-30')).toBeUndefined();
    expect(findDate('31.02.2017')).toBeUndefined();
    expect(findDate('培训妇女600余人次')).toBeUndefined();
  });
});

describe('findDatelineDate', () => {
  it('takes the year of a 日讯 dateline from the first year the story names', () => {
    expect(findDatelineDate('秦州区融媒体中心12月20日讯 2023年,秦州区妇联……')).toEqual({
      found: { day: '2023-12-20' },
      month: 12,
      day: 20,
    });
  });

  it('says when the story names no year, rather than guessing one', () => {
    expect(findDatelineDate('某区融媒体中心3月8日讯 区妇联召开座谈会。')).toEqual({ month: 3, day: 8 });
  });
});
