import { describe, expect, it } from 'vitest';
import { adminConfig } from '../../../src/cms/config.ts';
import { emptyLists, emptyListsMessage, requiredLists } from '../../../src/cms/client/required-lists.ts';
import type { DecapField } from '../../../src/cms/widgets.ts';
import { site } from '../../../src/config/site.ts';

const newsFields = (requireReview: boolean) =>
  (
    adminConfig({ site: { ...site, requireReview }, contentDir: 'content' }).collections as {
      name: string;
      fields: DecapField[];
    }[]
  ).find((collection) => collection.name === 'news')!.fields;

/** Reads a path out of plain data, as the editor reads it out of Decap's entry. */
const reader = (data: Record<string, unknown>) => (path: string[]) =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);

describe('required lists in the editor', () => {
  it('finds the reviewer list inside the credits group when the site requires review, and none otherwise', () => {
    expect(requiredLists(newsFields(true))).toEqual([{ path: ['credits', 'reviewer'], labels: ['署名', '审核'] }]);
    expect(requiredLists(newsFields(false))).toEqual([]);
  });

  it('counts a list as empty with no item, or with only blank items, and filled with one name', () => {
    const lists = requiredLists(newsFields(true));
    expect(emptyLists(lists, reader({}))).toEqual(lists);
    expect(emptyLists(lists, reader({ credits: { reviewer: [] } }))).toEqual(lists);
    expect(emptyLists(lists, reader({ credits: { reviewer: ['', '  '] } }))).toEqual(lists);
    expect(emptyLists(lists, reader({ credits: { reviewer: ['王敏'] } }))).toEqual([]);
  });

  it('reads Decap’s own lists, which are Immutable.js Lists', () => {
    const lists = requiredLists(newsFields(true));
    const immutable = (items: string[]) => ({ toJS: () => items, size: items.length });
    expect(emptyLists(lists, () => immutable([]))).toEqual(lists);
    expect(emptyLists(lists, () => immutable(['王敏']))).toEqual([]);
  });

  it('tells staff in Chinese which list to fill in and which button adds to it', () => {
    expect(emptyListsMessage(requiredLists(newsFields(true)))).toBe(
      '「署名 → 审核」必须填写:请点“新增审核”,填好后再保存。',
    );
  });
});
