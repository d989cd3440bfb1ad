import { describe, expect, it } from 'vitest';
import { readEntry, SOURCE, writeEntry, type FormatOptions } from '../../src/cms/client/entry-format.ts';

const options: FormatOptions = {
  editorOnly: ['filename'],
  order: ['title', 'date', 'city', 'summary', 'cover', 'source', 'credits', 'tags', 'draft'],
  defaults: { tags: [], draft: false },
  images: [['cover', 'src']],
  lists: [['credits', 'editor'], ['credits', 'reviewer'], ['tags']],
};

const file = `---
# 新闻。每行“字段: 值”,# 后面是说明。
title: 三八节座谈会   # 必填:标题
date: 2024-03-08
city: liaocheng
summary: 聊城市妇联召开座谈会。
source: { name: 聊城市妇联微信公众号, kind: wechat }
credits:
  editor: 王丽     # 编辑
  reviewer: 张华
tags: [执委, 妇女微家]
---
第一段。

## 小标题

第二段。
`;

/** What the editor hands the format to save: the data it read, with the changes a person made. */
const edited = (changes: Record<string, unknown>) => ({ ...readEntry(file, options.lists), ...changes });

describe('the entry format keeps a file as it was written', () => {
  it('reads frontmatter, body and the text itself', () => {
    const entry = readEntry(file);
    expect(entry).toMatchObject({
      title: '三八节座谈会',
      date: '2024-03-08',
      source: { name: '聊城市妇联微信公众号', kind: 'wechat' },
      credits: { editor: '王丽', reviewer: '张华' },
      tags: ['执委', '妇女微家'],
    });
    expect(entry.body).toBe('第一段。\n\n## 小标题\n\n第二段。\n');
    expect(entry[SOURCE]).toBe(file);
  });

  it('writes an unchanged entry back byte for byte', () => {
    expect(writeEntry(readEntry(file), options)).toBe(file);
    expect(writeEntry(readEntry(file, options.lists), options)).toBe(file);
  });

  it('hands one name to the editor as a list of one, and writes it back as one name', () => {
    const entry = readEntry(file, options.lists);
    expect(entry.credits).toEqual({ editor: ['王丽'], reviewer: ['张华'] });
    const saved = writeEntry({ ...entry, credits: { editor: ['王丽'], reviewer: ['张华', '李明'] } }, options);
    expect(saved).toContain('  editor: 王丽     # 编辑\n');
    expect(saved).toContain('  reviewer: [张华, 李明]\n');
  });

  it('changes only the line of the one field that changed', () => {
    const saved = writeEntry(edited({ summary: '聊城市妇联召开三八节座谈会。' }), options);
    const before = file.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, index) => (line === before[index] ? [] : [line]));
    expect(changed).toEqual(['summary: 聊城市妇联召开三八节座谈会。']);
  });

  it('keeps comments, key order and flow style when a nested field changes', () => {
    const saved = writeEntry(edited({ credits: { editor: ['王丽'], reviewer: ['李明'] } }), options);
    expect(saved).toContain('title: 三八节座谈会   # 必填:标题');
    expect(saved).toContain('# 新闻。每行“字段: 值”,# 后面是说明。');
    expect(saved).toContain('  editor: 王丽     # 编辑');
    expect(saved).toContain('source: { name: 聊城市妇联微信公众号, kind: wechat }');
    expect(saved).toContain('  reviewer: 李明\n');
    const keys = [...saved.matchAll(/^(\w+):/gm)].map((match) => match[1]);
    expect(keys).toEqual(['title', 'date', 'city', 'summary', 'source', 'credits', 'tags']);
  });

  it('puts a key new to the file where the editor lists it, and leaves out defaults the file did not have', () => {
    const saved = writeEntry(
      edited({ cover: { src: 'sanba.jpg', alt: '座谈会现场' }, draft: false, filename: 'sanba' }),
      options,
    );
    const keys = [...saved.matchAll(/^(\w+):/gm)].map((match) => match[1]);
    expect(keys).toEqual(['title', 'date', 'city', 'summary', 'cover', 'source', 'credits', 'tags']);
    // Decap writes the bare file name of a picture saved beside the entry; Astro reads it as ./name.
    expect(saved).toContain('src: ./sanba.jpg');
    expect(saved).not.toContain('filename');
    expect(saved).not.toContain('draft');
  });

  it('drops a field that was removed, and values a person cleared', () => {
    const { credits: _credits, ...rest } = readEntry(file);
    const saved = writeEntry({ ...rest, summary: '  ', tags: [] }, options);
    expect(saved).not.toContain('credits');
    expect(saved).not.toContain('editor: 王丽');
    expect(saved).not.toContain('summary:');
    expect(saved).not.toContain('tags');
  });

  it('writes a new entry in the editor order, quoting a date with a time', () => {
    const saved = writeEntry(
      {
        filename: 'sanba',
        title: '三八节座谈会',
        source: { name: '聊城市妇联', kind: 'original', url: '' },
        date: '2024-03-08 09:30',
        city: 'liaocheng',
        summary: '聊城市妇联召开座谈会。',
        credits: { reviewer: ['张华'], editor: [] },
        withdrawn: { reason: '' },
        body: '第一段。',
      },
      options,
    );
    expect(saved).toBe(
      [
        '---',
        'title: 三八节座谈会',
        'date: "2024-03-08 09:30"',
        'city: liaocheng',
        'summary: 聊城市妇联召开座谈会。',
        'source:',
        '  name: 聊城市妇联',
        '  kind: original',
        'credits:',
        '  reviewer:',
        '    - 张华',
        '---',
        '第一段。',
        '',
      ].join('\n'),
    );
  });
});
