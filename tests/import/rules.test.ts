import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleSlug } from '../../src/import/entry/slug.ts';
import { leadDateline } from '../../src/import/rules/datelines.ts';
import { dateOnlyLine, findDate } from '../../src/import/rules/dates.ts';
import { labelledPieces, splitNames, trailingCredit } from '../../src/import/rules/labelled.ts';
import { canBeTitle } from '../../src/import/shapes/parse.ts';
import { decodeText } from '../../src/import/text/decode.ts';

const credits = (line: string) =>
  labelledPieces(line)?.map((piece) => [piece.is.kind === 'credit' ? piece.is.role : piece.is.kind, piece.value]);

describe('labelled lines', () => {
  it('reads credits with every separator people type, in both scripts', () => {
    for (const line of [
      '責任編輯:劉麗',
      '責任編輯：劉麗',
      '責任編輯/劉麗',
      '責任編輯 劉麗',
      '责任编辑|刘丽',
      '【责任编辑】刘丽',
      '[责任编辑：刘丽]',
    ]) {
      expect(credits(line)?.[0]?.[0], line).toBe('editor');
    }
    expect(credits('（供稿 秦州區婦聯）')).toEqual([['contributor', '秦州區婦聯']]);
    expect(credits('(供稿：秦州区妇联)')).toEqual([['contributor', '秦州区妇联']]);
    expect(credits('编辑 | 李娜 审核 | 张红')).toEqual([
      ['editor', '李娜'],
      ['reviewer', '张红'],
    ]);
    expect(credits('文/图 周潔')).toEqual([['reporter', '周潔']]);
    expect(credits('文/王丽')).toEqual([['reporter', '王丽']]);
  });

  it('reads source, reprint and a website’s meta line', () => {
    expect(credits('（新聞來源:秦州區融媒體中心 轉載:天水市婦聯）')).toEqual([
      ['source', '秦州區融媒體中心'],
      ['reprint', '天水市婦聯'],
    ]);
    expect(credits('发布时间：2024-03-08 10:20  来源：聊城市妇联  浏览次数：256')).toEqual([
      ['date', '2024-03-08 10:20'],
      ['source', '聊城市妇联'],
      ['counter', '256'],
    ]);
  });

  it('leaves sentences of the story alone', () => {
    expect(labelledPieces('编辑部的同志们走进社区，和妇女群众面对面交流。')).toBeUndefined();
    expect(labelledPieces('记者从聊城市妇联获悉，全市已建成调处中心一百余个。')).toBeUndefined();
    expect(labelledPieces('文化活动丰富多彩')).toBeUndefined();
    expect(labelledPieces('时间过得真快，转眼又是一年。')).toBeUndefined();
  });

  it('reads credits written after the names', () => {
    expect(trailingCredit('（市妇联办公室供稿）')).toEqual({ role: 'contributor', names: ['市妇联办公室'] });
    expect(trailingCredit('（秦州區婦聯辦公室 供稿）')).toEqual({ role: 'contributor', names: ['秦州區婦聯辦公室'] });
    expect(trailingCredit('王丽 摄')).toEqual({ role: 'reporter', names: ['王丽'] });
    expect(trailingCredit('大家纷纷表示，收获很大，感谢市妇联的精心组织和供稿')).toBeUndefined();
  });

  it('splits names, joining a two-character name padded to line up', () => {
    expect(splitNames('张华、李明, 王丽/陈静')).toEqual(['张华', '李明', '王丽', '陈静']);
    expect(splitNames('张\u3000三 李四')).toEqual(['张三', '李四']);
  });
});

describe('datelines', () => {
  it('reads a media centre’s, a paper’s and an agency’s dateline, in both scripts', () => {
    expect(leadDateline('秦州區融媒體中心12月2日訊 2023年12月1日，秦州區婦聯……')).toMatchObject({
      org: '秦州區融媒體中心',
      month: 12,
      day: 2,
    });
    expect(leadDateline('本报聊城5月6日电（记者 陈晨）记者从……')).toMatchObject({
      month: 5,
      day: 6,
      credits: [{ role: 'reporter', names: ['陈晨'] }],
    });
    expect(leadDateline('本报讯（记者 王强 通讯员 李丽）10月15日，……')?.credits).toEqual([
      { role: 'reporter', names: ['王强'] },
      { role: 'contributor', names: ['李丽'] },
    ]);
    expect(leadDateline('聊城新闻网讯 近日，……')).toMatchObject({ org: '聊城新闻网' });
  });

  it('never takes a sentence for a dateline', () => {
    expect(leadDateline('市妇联联合县电视台开展用电安全宣传。')).toBeUndefined();
    expect(leadDateline('3月8日，天津市妇联召开座谈会。')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads the forms articles use, with the time when there is one', () => {
    expect(findDate('2026年11月28日 18:30 甘肃')).toEqual({ day: '2026-11-28', time: '18:30' });
    expect(findDate('２０２４－１１－２１　１８：４０')).toEqual({ day: '2024-11-21', time: '18:40' });
    expect(findDate('2017年9月15星期五')).toEqual({ day: '2017-09-15' });
    expect(findDate('16.08.2017')).toEqual({ day: '2017-08-16' });
    expect(findDate('2024-02-30')).toBeUndefined();
  });

  it('tells a date line from a sentence with a date in it', () => {
    expect(dateOnlyLine('（2024年9月27日）')).toEqual({ day: '2024-09-27' });
    expect(dateOnlyLine('2025年3月6日 星期四')).toEqual({ day: '2025-03-06' });
    expect(dateOnlyLine('2024年9月27日，市妇联召开推进会。')).toBeUndefined();
  });
});

describe('titles', () => {
  const cities = [
    { id: 'liaocheng', name: '聊城市', federation: '聊城市妇女联合会', wechat: '聊城市妇联', lang: 'zh-Hans' as const },
  ];

  it('is never an account name, a byline, a date or a sentence', () => {
    expect(canBeTitle('聊城市妇联举办执委培训班', cities)).toBe(true);
    for (const line of [
      '聊城市妇联',
      '天水发布',
      '秦州區融媒體中心',
      '中国妇女报',
      '□ 记者 赵明',
      '原创 王丽 聊城市妇联',
      '2024-11-21 18:40 山东',
      '——记东昌府区妇联执委吴秀英',
      '活动当天，三十多位妇女参加。',
    ]) {
      expect(canBeTitle(line, cities), line).toBe(false);
    }
  });
});

describe('file names', () => {
  const names = [
    { name: '聊城市', slug: 'liaocheng' },
    { name: '吉林市', slug: 'jilin' },
    { name: '吉林四姐', slug: 'jilin-sijie' },
    { name: '方淑玲', slug: 'fang-shuling' },
    { name: '秦州區', slug: 'qinzhou' },
  ];

  it('uses the known names’ own slugs, in either script, and groups the rest into words', () => {
    expect(articleSlug('聊城市妇联举办执委履职能力培训班', names)).toMatch(/^liaocheng-fulian-juban-/u);
    expect(articleSlug('吉林四姐品牌帶動婦女就業', names)).toMatch(/^jilin-sijie-/u);
    expect(articleSlug('吉林大姐方淑玲：用心做好每一單家政服務', names)).toContain('fang-shuling');
    expect(articleSlug('秦州区妇联召开总结会', names)).toMatch(/^qinzhou-fulian/u);
    expect(articleSlug('聊城“最美执委”扎根基层', names)).toMatch(/^liaocheng-/u);
  });
});

describe('the encoding rule', () => {
  const text = '吉林市婦聯圍繞婦女就業創業打造培訓品牌，兩年來培訓婦女三千餘名。\n一、組織建設\n';

  it('reads each encoding staff save in, and says which', () => {
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode(text), 'utf-8'],
      [Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)), 'utf-8-bom'],
      [iconv.encode(text, 'utf16le', { addBOM: true }), 'utf-16le'],
      [iconv.encode(text, 'utf16le'), 'utf-16le'],
      [iconv.encode(text, 'utf16be'), 'utf-16be'],
      [iconv.encode(text, 'gbk'), 'gb18030'],
      [iconv.encode(text, 'big5'), 'big5'],
      [iconv.encode('𠮷野家的年糕很好吃', 'gb18030'), 'gb18030'],
    ];
    for (const [bytes, encoding] of cases) {
      const decoded = decodeText(bytes);
      expect('encoding' in decoded && decoded.encoding).toBe(encoding);
      if ('text' in decoded && encoding !== 'gb18030') expect(decoded.text.replace(/^\uFEFF/u, '')).toBe(text);
    }
  });

  it('refuses bytes that are no text in any of them', () => {
    expect(decodeText(new Uint8Array(100))).toMatchObject({ ok: false, code: 'binary' });
    expect(decodeText(Uint8Array.of(0xff, 0xff, 0xff, 0x80, 0x80))).toMatchObject({ ok: false });
  });
});
