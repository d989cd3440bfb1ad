import { describe, expect, it } from 'vitest';
import type { BucketEntry } from '../../../src/search/core/format.ts';
import { createFold } from '../../../src/search/core/fold.ts';
import { parseQuery } from '../../../src/search/core/query.ts';
import { rank } from '../../../src/search/core/rank.ts';
import { forEachGram, tokenHash } from '../../../src/search/core/terms.ts';
import { tokenRuns } from '../../../src/search/core/tokens.ts';
import type { Field } from '../../../src/search/model.ts';

/** A tiny index by hand: each page's fields as text (pinyin fields as syllables split by spaces). */
function index(pages: Partial<Record<Field, string>>[]) {
  const entries = new Map<number, BucketEntry & { pages: Partial<Record<Field, number[]>> }>();
  pages.forEach((fields, page) => {
    for (const [field, text] of Object.entries(fields) as [Field, string][]) {
      const runs = field.startsWith('pinyin') || field.startsWith('initials') ? [text.split(' ')] : tokenRuns(text);
      const keys = new Set<number>();
      forEachGram(
        runs.map((run) => run.map(tokenHash)),
        (key) => keys.add(key),
      );
      for (const key of keys) {
        const entry = entries.get(key) ?? { key, pages: {} };
        (entry.pages[field] ??= []).push(page);
        entries.set(key, entry);
      }
    }
  });
  return (key: number) => entries.get(key);
}

const fold = createFold(new Map());
const syllables = new Set(['ji', 'lin', 'si', 'jie']);
const query = (text: string) => parseQuery(text, fold, syllables)!;

describe('rank', () => {
  it('puts pages whose title holds the term before those whose summary does, and those before the text', () => {
    const lookup = index([
      { title: '新闻一', text: '新闻一 妇联执委' },
      { title: '新闻二', summary: '执委履职', text: '新闻二 执委履职' },
      { title: '执委宣讲', text: '执委宣讲' },
      { title: '无关', text: '无关' },
    ]);
    expect(rank(query('执委'), lookup, new Map()).pages).toEqual([2, 1, 0]);
  });

  it('ranks by the worst standing of the terms: a title holding both words first', () => {
    const lookup = index([
      { title: '妇联', text: '妇联 ai 课堂' },
      { title: '妇联 ai 课堂', text: '妇联 ai 课堂' },
    ]);
    expect(rank(query('妇联 ai'), lookup, new Map()).pages).toEqual([1, 0]);
  });

  it('shows equals in the index’s order, which is entries first, then news newest first', () => {
    const lookup = index([{ text: '巾帼' }, { text: '巾帼' }, { text: '巾帼' }]);
    expect(rank(query('巾帼'), lookup, new Map()).pages).toEqual([0, 1, 2]);
  });

  it('puts the entry whose name is exactly what was typed first, as written or in pinyin', () => {
    const lookup = index([
      { title: '吉林四姐培训', text: '吉林四姐培训', pinyinTitle: 'ji lin si jie pei xun' },
      { title: '吉林四姐', text: '吉林四姐', pinyinTitle: 'ji lin si jie' },
    ]);
    const names = new Map([[1, 4]]);
    expect(rank(query('吉林四姐'), lookup, names).pages).toEqual([1, 0]);
    expect(rank(query('jilinsijie'), lookup, names).pages).toEqual([1, 0]);
  });

  it('puts every page found as written before pages found by pinyin or initials', () => {
    const lookup = index([
      { title: '吉林', pinyinTitle: 'ji lin' },
      { title: 'ji lin 活动', text: 'jilin' },
    ]);
    expect(rank(query('jilin'), lookup, new Map()).pages).toEqual([1, 0]);
  });

  it('finds a long term only where its pieces of three all stand, and nothing where parts stand apart', () => {
    const lookup = index([{ text: '巾帼聊亮' }, { text: '巾帼 聊亮' }, { text: '巾帼聊天 聊亮' }]);
    expect(rank(query('巾帼聊亮'), lookup, new Map()).pages).toEqual([0]);
  });
});
