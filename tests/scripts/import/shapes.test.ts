import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CityInfo } from '../../../scripts/lib/content-files.ts';
import { decodeText } from '../../../scripts/lib/import/decode.ts';
import { detectCity, detectScript, detectShape } from '../../../scripts/lib/import/detect.ts';
import { readArticle } from '../../../scripts/lib/import/index.ts';
import { cleanLines } from '../../../scripts/lib/import/text-lines.ts';

const sample = (name: string) =>
  decodeText(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url))).text;

describe('a WeChat official-account post', () => {
  const article = readArticle(sample('wechat.txt'));

  it('is recognised by its time line', () => {
    expect(detectShape(cleanLines(sample('wechat.txt')))).toBe('wechat');
    expect(article.shape).toBe('wechat');
  });

  it('gives the title, the time, the account as source and every credit', () => {
    expect(article.title).toBe('凝聚巾帼力量|聊城市妇联举办执委履职能力培训班');
    expect(article.date).toEqual({ day: '2024-11-21', time: '18:40' });
    expect(article.source).toEqual({ name: '聊城市妇联微信公众号', kind: 'wechat' });
    expect(article.credits).toEqual({
      contributor: ['东昌府区妇联'],
      editor: ['王丽'],
      reviewer: ['张华', '李明'],
      supervisor: ['陈静'],
    });
  });

  it('turns numbered sections into headings and drops the blurb, latest articles and buttons', () => {
    expect(article.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      '学政策 明方向',
      '讲经验 促交流',
    ]);
    expect(article.blocks[0]?.text).toMatch(/^11月19日至20日/u);
    const text = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['点击上方蓝字', '官方微信公众号', '最新文章', '巾帼志愿服务进社区', '阅读原文', '供稿']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('a media-centre wire story', () => {
  const article = readArticle(sample('media.txt'));

  it('is recognised by its dateline', () => {
    expect(article.shape).toBe('media');
  });

  it('takes the year from the story, the source from the dateline and the note, and the contributor', () => {
    expect(article.title).toBe('秦州区妇联召开2023年度工作总结会');
    expect(article.date).toEqual({ day: '2023-12-20' });
    expect(article.source).toEqual({ name: '秦州区融媒体中心', kind: 'media' });
    expect(article.credits).toEqual({ contributor: ['秦州区妇联'] });
    expect(article.notes).toEqual(['原文注明由“天水市妇联”转载:source 记的是新闻来源“秦州区融媒体中心”']);
  });

  it('keeps the paragraph without its dateline or closing notes', () => {
    expect(article.blocks).toHaveLength(1);
    expect(article.blocks[0]?.text).toMatch(/^2023年\uFF0C秦州区妇联/u);
    expect(article.blocks[0]?.text).toMatch(/作了安排。$/u);
  });
});

describe('a newspaper e-paper page, saved as GBK', () => {
  const article = readArticle(sample('newspaper-gbk.txt'));

  it('is recognised by its byline and date line', () => {
    expect(article.shape).toBe('newspaper');
  });

  it('gives the headline, the date, the masthead as source and the byline’s reporters', () => {
    expect(article.title).toBe('长春市妇联改革让基层妇女“找得到、信得过”');
    expect(article.date).toEqual({ day: '2017-09-15' });
    expect(article.source).toEqual({ name: '中国妇女报', kind: 'newspaper' });
    expect(article.credits).toEqual({ reporter: ['赵明', '孙丽'], contributor: ['钱芳'] });
  });

  it('keeps the story with its sub-headings and drops navigation, ratings, copyright and footer', () => {
    expect(article.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(article.blocks[1]?.text).toBe('机关干部下基层');
    expect(article.blocks[0]?.text).toMatch(/^长春市妇联把改革的重点放在基层/u);
    const text = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['评分', '版权所有', '上一版', '返回目录', '关于我们', '第 3 版', '3780']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('text of no known shape', () => {
  it('takes the first line as the title and says the source is unknown', () => {
    const article = readArticle('社区妇女之家开放\n\n2024年3月8日\n\n活动当天,三十多位妇女参加。\n编辑:王丽');
    expect(article.shape).toBe('plain');
    expect(article.title).toBe('社区妇女之家开放');
    expect(article.date).toEqual({ day: '2024-03-08' });
    expect(article.source).toEqual({});
    expect(article.credits).toEqual({ editor: ['王丽'] });
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: '活动当天,三十多位妇女参加。' }]);
  });
});

describe('city and script', () => {
  const cities: CityInfo[] = [
    { id: 'liaocheng', name: '聊城市', federation: '聊城市妇女联合会', lang: 'zh-Hans' },
    { id: 'tianshui', name: '天水市', federation: '天水市妇女联合会', lang: 'zh-Hans' },
    { id: 'qinzhou', name: '秦州區', federation: '天水市秦州區婦女聯合會', lang: 'zh-Hant' },
  ];

  it('finds the city the text names most, in either script', () => {
    expect(detectCity('聊城市妇联召开会议,聊城妇联主席出席。', cities).city?.id).toBe('liaocheng');
    expect(detectCity('秦州区妇联在天水市召开会议,秦州区各乡镇参加。', cities).city?.id).toBe('qinzhou');
  });

  it('names no city when none or two are named equally', () => {
    expect(detectCity('社区妇女之家开放。', cities)).toEqual({ candidates: [] });
    expect(detectCity('聊城市和天水市的妇联交流。', cities).city).toBeUndefined();
  });

  it('tells traditional from simplified text', () => {
    expect(detectScript('吉林市婦聯圍繞婦女就業創業打造培訓品牌。')).toBe('zh-Hant');
    expect(detectScript('吉林市妇联围绕妇女就业创业打造培训品牌。')).toBe('zh-Hans');
  });
});
