import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kinds, scaffold, slugFor } from '../../scripts/lib/scaffold.ts';
import { UsageError } from '../../scripts/lib/usage-error.ts';
import { checkContent, parseFrontmatter } from '../../src/content-check/index.ts';
import { tempRoot } from './support.ts';

// 2024-11-21 01:30 in Shanghai is still 2024-11-20 in UTC.
const now = new Date('2024-11-20T17:30:00Z');
let root: string;
let remove: () => void;

beforeEach(() => ({ root, remove } = tempRoot()));
afterEach(() => remove());

function write(result: { absolute: string; text: string }) {
  mkdirSync(join(result.absolute, '..'), { recursive: true });
  writeFileSync(result.absolute, result.text, { flag: 'wx' });
}

describe('slugFor', () => {
  it('makes pinyin slugs from titles and names', () => {
    expect(slugFor('news', '吉林四姐家政培训')).toBe('jilin-sijie-jiazheng-peixun');
    expect(slugFor('person', '欧阳娜娜')).toBe('ouyang-nana');
    expect(slugFor('brand', '巾帼志愿服务队')).toBe('jinguo-zhiyuan-fuwu-dui');
    expect(slugFor('city', '秦州区')).toBe('qinzhou');
    expect(slugFor('city', '吉林市')).toBe('jilin');
  });
});

describe('scaffold', () => {
  it('puts news in the folder of today’s year in Shanghai, dated today', () => {
    const result = scaffold({ kind: 'news', title: '三八节座谈会', city: 'liaocheng', root, now });
    expect(result.file).toBe('content/news/2024/sanba-jie-zuotan-hui.md');
    expect(result.text).toContain('date: 2024-11-21');
    expect(result.text).toContain('city: liaocheng');
    expect(result.text).toContain('scheduled: false');
  });

  it('marks a future date as scheduled', () => {
    const result = scaffold({ kind: 'news', title: '元旦活动', date: '2025-01-01', root, now });
    expect(result.file).toBe('content/news/2025/yuandan-huodong.md');
    expect(result.text).toContain('scheduled: true');
  });

  it('adds a suffix instead of taking a file or a URL the manifest remembers', () => {
    const first = scaffold({ kind: 'person', title: '王丽', root, now });
    write(first);
    expect(first.file).toBe('content/people/wang-li.md');
    const second = scaffold({ kind: 'person', title: '王丽', root, now });
    expect(second.file).toBe('content/people/wang-li-2.md');
    writeFileSync(
      join(root, 'content/urls.jsonl'),
      `${JSON.stringify({ url: '/people/wang-li-2/', entry: 'people/wang-li-2', short: 'abcd' })}\n`,
    );
    expect(scaffold({ kind: 'person', title: '王丽', root, now }).file).toBe('content/people/wang-li-3.md');
  });

  it('writes every field of each type; the checker then asks only for what is marked 待填写', () => {
    const kinds = [
      { kind: 'news', title: '三八节座谈会' },
      { kind: 'person', title: '欧阳娜娜' },
      { kind: 'brand', title: '巾帼志愿服务队' },
      { kind: 'column', title: '最美家庭' },
      { kind: 'city', title: '临清市' },
    ] as const;
    for (const { kind, title } of kinds) write(scaffold({ kind, title, city: 'liaocheng', root, now }));
    const { problems, entries } = checkContent(root, { now: new Date('2024-11-22T00:00:00+08:00') });
    const fresh = entries.filter((entry) => entry.collection !== 'cities' || entry.id === 'linqing');
    expect(fresh.map((entry) => entry.file).sort()).toEqual([
      'content/brands/jinguo-zhiyuan-fuwu-dui.md',
      'content/cities/linqing.md',
      'content/columns/zuimei-jiating.md',
      'content/news/2024/sanba-jie-zuotan-hui.md',
      'content/people/ouyang-nana.md',
    ]);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message).toMatch(/待填写|6 位数字/);
  });

  it('writes each explanation on a line of its own, so no value can take one in', () => {
    for (const kind of kinds) {
      const { text } = scaffold({ kind, title: '三八节座谈会', city: 'liaocheng', root, now });
      const fields = text.split('\n').filter((line) => /^\s*#?\s*[A-Za-z]+:/.test(line));
      expect(fields.length, kind).toBeGreaterThan(3);
      for (const line of fields) expect(line, `${kind}: ${line}`).not.toMatch(/\S\s+#/);
      // Typed over the gap as staff do, up to the end of the line and in quotes: the value is what was typed.
      const typed = text.replace(/^summary: 待填写.*$/m, 'summary: "会议主题: 妇女就业。"');
      expect(parseFrontmatter(typed).data.summary, kind).toBe(kind === 'city' ? undefined : '会议主题: 妇女就业。');
    }
  });

  it('writes optional fields so that taking off their # leaves them valid', () => {
    const { text } = scaffold({ kind: 'news', title: '三八节座谈会', city: 'liaocheng', root, now });
    // Every commented-out field (`#cover: …`, `#  reviewer: …`), not the explanations (`# 选填:…`).
    const uncommented = text.replace(/^(\s*)#(?=\S| {2})/gm, '$1');
    const { data } = parseFrontmatter(uncommented);
    expect(data).toMatchObject({
      column: 'zuimei-zhiwei',
      cover: { src: './图片文件名.jpg', alt: '图片说明' },
      credits: { contributor: '供稿单位或个人', reviewer: '审核人', supervisor: '监制人' },
      updated: '2024-11-25',
      withdrawn: { date: '2025-01-01', reason: '撤下原因' },
      lang: 'zh-Hant',
    });
    expect(data.source).toMatchObject({ url: 'https://mp.weixin.qq.com/s/……' });
  });

  it('answers a city given by its name with the file name to write', () => {
    expect(() => scaffold({ kind: 'news', title: '座谈会', city: '聊城', root, now })).toThrow(
      '找不到城市“聊城”:--city 后面写城市的文件名,写 liaocheng(聊城市)',
    );
  });

  it('explains an unknown city and a bad date without a stack trace', () => {
    expect(() => scaffold({ kind: 'news', title: '座谈会', city: 'nowhere', root, now })).toThrow(UsageError);
    expect(() => scaffold({ kind: 'news', title: '座谈会', city: 'nowhere', root, now })).toThrow(/jilin\(吉林市\)/);
    expect(() => scaffold({ kind: 'news', title: '座谈会', date: '2024/11/21', root, now })).toThrow(/无法识别/);
  });
});
