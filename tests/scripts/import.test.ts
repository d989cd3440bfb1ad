import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticle } from '../../scripts/lib/import/index.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { tempRoot } from './support.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const now = new Date('2025-01-01T12:00:00+08:00');
let root: string;
let remove: () => void;

beforeEach(() => ({ root, remove } = tempRoot()));
afterEach(() => remove());

function save(result: { absolute: string; text: string }) {
  mkdirSync(join(result.absolute, '..'), { recursive: true });
  writeFileSync(result.absolute, result.text, { flag: 'wx' });
}

describe('importArticle', () => {
  it('turns each of the three shapes into a news entry that passes the checks', () => {
    const files = ['wechat.txt', 'media.txt', 'newspaper-gbk.txt'].map((name) => {
      const result = importArticle({ bytes: fixture(name), root, now });
      save(result);
      return result.file;
    });
    expect(files).toEqual([
      'content/news/2024/ningju-jinguo-liliang-liao-chengshi.md',
      'content/news/2023/qinzhouqufulian-zhaokai-2023-niandu.md',
      'content/news/2017/changchun-shifulian-gaige-rang-jiceng.md',
    ]);
    expect(checkContent(root, { now }).problems).toEqual([]);
  });

  it('fills the fields it read and finds the city named in the text', () => {
    const result = importArticle({ bytes: fixture('wechat.txt'), root, now });
    const { data, body } = parseFrontmatter(result.text);
    expect(data).toMatchObject({
      title: '凝聚巾帼力量|聊城市妇联举办执委履职能力培训班',
      date: '2024-11-21 18:40',
      city: 'liaocheng',
      source: { name: '聊城市妇联微信公众号', kind: 'wechat' },
      credits: { contributor: '东昌府区妇联', editor: '王丽', reviewer: ['张华', '李明'], supervisor: '陈静' },
    });
    expect(data).not.toHaveProperty('lang');
    expect(body).toContain('\n## 学政策 明方向\n');
    expect(result.report).toContain('摘要暂用正文第一句:请改成一两句话的摘要');
  });

  it('writes lang when the text’s script differs from its city’s', () => {
    // 秦州區 publishes in traditional script; the wire story is simplified.
    const { data } = parseFrontmatter(importArticle({ bytes: fixture('media.txt'), root, now }).text);
    expect(data).toMatchObject({ city: 'qinzhou', lang: 'zh-Hans' });
  });

  it('marks what it cannot work out and says so, instead of guessing', () => {
    const bytes = new TextEncoder().encode('一篇没有来源的稿件\n\n正文第一段,没有日期也没有城市。');
    const result = importArticle({ bytes, root, now });
    const { data } = parseFrontmatter(result.text);
    expect(data.date).toMatch(/^待填写/);
    expect(data.city).toMatch(/^待填写/);
    expect((data.source as Record<string, string>).name).toMatch(/^待填写/);
    expect((data.source as Record<string, string>).kind).toMatch(/^待填写/);
    expect(result.report).toEqual(
      expect.arrayContaining([
        '没有认出发布日期:请填写 date',
        '没有认出来源:请填写 source.name',
        '正文里没有认出已有的城市:请填写 city,或导入时加 --city 城市文件名',
      ]),
    );
    save(result);
    const problems = checkContent(root, { now }).problems.filter((problem) => problem.file === result.file);
    expect(problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['date', 'city', 'source.name', 'source.kind']),
    );
  });

  it('never overwrites: a second import of the same article gets its own file', () => {
    const first = importArticle({ bytes: fixture('media.txt'), root, now });
    save(first);
    const second = importArticle({ bytes: fixture('media.txt'), root, now });
    expect(second.file).toBe(first.file.replace(/\.md$/, '-2.md'));
  });

  it('takes the city from --city over the text', () => {
    const { data } = parseFrontmatter(importArticle({ bytes: fixture('wechat.txt'), root, city: 'tianjin', now }).text);
    expect(data.city).toBe('tianjin');
  });
});
