import { describe, expect, it } from 'vitest';
import { newsSchema } from '../../src/schemas/index.ts';
import { context, issues, parsed } from './support.ts';

const schema = newsSchema(context);
const item = {
  title: '吉林四姐开展家政技能培训',
  date: '2024-11-21',
  city: 'jilin',
  summary: '五十名妇女参加了培训。',
  source: { name: '吉林市妇联微信公众号', kind: 'wechat' },
};

describe('newsSchema', () => {
  it('accepts a minimal item and fills the defaults', () => {
    const data = parsed(schema, item);
    expect(data).toEqual({
      ...item,
      date: new Date('2024-11-21T00:00:00+08:00'),
      city: { collection: 'cities', id: 'jilin' },
      credits: {},
      brands: [],
      people: [],
      tags: [],
      draft: false,
      scheduled: false,
      aliases: [],
      allowPersonalData: false,
    });
  });

  it('reads dates in Asia/Shanghai, from text or from a YAML date', () => {
    const data = parsed(schema, { ...item, date: new Date(Date.UTC(2024, 10, 21)), updated: '2024-11-22 09:30' });
    expect((data.date as Date).toISOString()).toBe('2024-11-20T16:00:00.000Z');
    expect((data.updated as Date).toISOString()).toBe('2024-11-22T01:30:00.000Z');
  });

  it('resolves every reference to its collection', () => {
    const data = parsed(schema, {
      ...item,
      brands: ['jilin-sijie'],
      people: ['fang-shuling', 'li-na'],
      column: 'zuimei-zhiwei',
    });
    expect(data.brands).toEqual([{ collection: 'brands', id: 'jilin-sijie' }]);
    expect(data.people).toEqual([
      { collection: 'people', id: 'fang-shuling' },
      { collection: 'people', id: 'li-na' },
    ]);
    expect(data.column).toEqual({ collection: 'columns', id: 'zuimei-zhiwei' });
  });

  it('turns each credit into a list of names', () => {
    const data = parsed(schema, { ...item, credits: { editor: '张三', reviewer: ['李四', '王五'] } });
    expect(data.credits).toEqual({ editor: ['张三'], reviewer: ['李四', '王五'] });
  });

  it('keeps the cover image with its description', () => {
    const data = parsed(schema, { ...item, cover: { src: './peixun.jpg', alt: '学员在练习' } });
    expect(data.cover).toEqual({ src: './peixun.jpg', alt: '学员在练习' });
  });

  it('rejects a date that does not exist, quoting it', () => {
    expect(issues(schema, { ...item, date: '2024-02-30' })).toEqual([
      { path: 'date', message: '日期无法识别:“2024-02-30”,请写成 2024-11-21 或 "2024-11-21 18:40"' },
    ]);
  });

  it('rejects a date written as a number with the same message, not a bare 无效输入', () => {
    expect(issues(schema, { ...item, date: 2024 })).toEqual([
      { path: 'date', message: '日期无法识别:“2024”,请写成 2024-11-21 或 "2024-11-21 18:40"' },
    ]);
  });

  it('says so when the date is missing', () => {
    const { date: _date, ...undated } = item;
    expect(issues(schema, undated)).toEqual([
      { path: 'date', message: '缺少日期:请写成 2024-11-21 或 "2024-11-21 18:40"' },
    ]);
  });

  it('rejects an unknown source kind', () => {
    expect(issues(schema, { ...item, source: { name: '吉林日报', kind: 'weixin' } })).toEqual([
      { path: 'source.kind', message: '只能是 wechat、newspaper、media 或 original' },
    ]);
  });

  it('rejects a source link that is not a full URL', () => {
    expect(issues(schema, { ...item, source: { ...item.source, url: 'mp.weixin.qq.com/s/x' } })).toEqual([
      { path: 'source.url', message: '必须是完整网址,以 https:// 或 http:// 开头' },
    ]);
  });

  it('accepts only http(s) for the source link that becomes 阅读原文', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org/',
    ]) {
      expect(issues(schema, { ...item, source: { ...item.source, url } }), url).toEqual([
        { path: 'source.url', message: '必须是完整网址,以 https:// 或 http:// 开头' },
      ]);
    }
    expect(
      parsed(schema, { ...item, source: { ...item.source, url: ' https://mp.weixin.qq.com/s/x ' } }),
    ).toMatchObject({
      source: { url: 'https://mp.weixin.qq.com/s/x' },
    });
  });

  it('refuses control characters in a title and in tags, saying where', () => {
    expect(issues(schema, { ...item, title: '标题\u0008里', tags: ['标\u0000签'] })).toEqual([
      { path: 'title', message: expect.stringMatching(/^第 3 个字符是看不见的控制字符/) },
      { path: 'tags.0', message: expect.stringMatching(/^第 2 个字符是看不见的控制字符/) },
    ]);
  });

  it('rejects a misspelt credit role and an empty name', () => {
    const found = issues(schema, { ...item, credits: { edtor: '张三', reviewer: '' } });
    expect(found).toEqual([
      { path: 'credits.reviewer', message: '不能为空' },
      { path: 'credits', message: expect.stringContaining('"edtor"') },
    ]);
  });

  it('rejects a cover without a description and blank tags', () => {
    expect(issues(schema, { ...item, cover: { src: './a.jpg' }, tags: ['妇女', ' '] })).toEqual([
      { path: 'tags.1', message: '不能为空' },
      { path: 'cover.alt', message: '缺少必填项:请填写这个字段' },
    ]);
  });

  it('rejects a draft flag that is not true or false', () => {
    expect(issues(schema, { ...item, draft: '是' })).toEqual([
      { path: 'draft', message: '应为true 或 false,这里写的是文字“是”' },
    ]);
  });

  it('keeps old paths as aliases, refusing ones that are not paths on this site', () => {
    const data = parsed(schema, { ...item, aliases: ['/news/2023/sanba-jie/', '/html/2017/0915/123.html'] });
    expect(data.aliases).toEqual(['/news/2023/sanba-jie/', '/html/2017/0915/123.html']);
    expect(issues(schema, { ...item, aliases: ['https://jinguo.example.cn/news/x/', '/s/k7mq/', '/a/../b/'] })).toEqual(
      [
        { path: 'aliases.0', message: '写成以 / 开头的站内路径,例如 /news/2023/sanba-jie/(不写域名)' },
        { path: 'aliases.1', message: '/s/ 开头的是短链接,由网站自动生成,不能写在这里' },
        { path: 'aliases.2', message: '路径里不能有 ..' },
      ],
    );
  });

  it('takes a withdrawal with its date and reason, and a correction note', () => {
    const data = parsed(schema, {
      ...item,
      updated: '2024-11-25',
      correction: '人数已更正。',
      withdrawn: { date: '2024-12-01', reason: '活动取消。' },
    });
    expect(data.correction).toBe('人数已更正。');
    expect(data.withdrawn).toEqual({ date: new Date('2024-12-01T00:00:00+08:00'), reason: '活动取消。' });
    expect(issues(schema, { ...item, withdrawn: { date: '2024-12-01' } })).toEqual([
      { path: 'withdrawn.reason', message: '缺少必填项:请填写这个字段' },
    ]);
  });
});
