import { describe, expect, it } from 'vitest';
import { createFold } from '../../../../src/search/core/fold.ts';
import { searchEnd, searchName, searchRecord, searchSkip } from '../../../../src/search/core/markup.ts';
import {
  indexedText,
  readSearchRecord,
  recordFilters,
  searchedLength,
} from '../../../../src/search/build/records/record.ts';
import type { SearchRecord } from '../../../../src/search/model.ts';

const fold = createFold(
  new Map([
    ['執', '执'],
    ['區', '区'],
    ['進', '进'],
    ['們', '们'],
    ['為', '为'],
    ['講', '讲'],
    ['間', '间'],
    ['婦', '妇'],
    ['聯', '联'],
    ['號', '号'],
  ]),
);

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => (value ? ` ${name}="${value}"` : ` ${name}`))
    .join('');
}

function page(main: string, { lang = 'zh-Hant', description = '執委們走進社區。' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>x</title>
<meta name="description" content="${description}"></head>
<body><header><nav>首頁 新聞動態</nav><form role="search"><input name="q"></form></header>
<main>${main}</main><footer>主辦單位</footer></body></html>`;
}

const article = page(`
  <nav>首頁 › 新聞動態</nav>
  <article${attributes(
    searchRecord('news', {
      date: new Date('2023-06-01T00:00:00+08:00'),
      place: '秦州區',
      cities: ['qinzhou', 'tianshui'],
      brands: ['qinzhou-tiaojie'],
    }),
  )}>
    <h1>秦州區<em>執委</em>走進社區</h1>
    <p${attributes(searchSkip)}>發布時間:2023年6月1日</p>
    <div class="prose"><p>執委們走進社區,<a href="/x/">為群眾</a>講解婚姻家庭知識。</p>
      <h2>小標題</h2><p>第二段 &amp; 結尾。</p></div>
    <svg><text>圖表文字</text></svg>
    <span aria-hidden="true"> · </span>
    <div> <a href="/tags/zhiwei/">執委</a> <a href="/tags/x/">婚姻調解</a></div>
    <section${attributes(searchSkip)}>編輯:張三</section>
  </article>
  <nav>上一篇</nav>`);

describe('readSearchRecord', () => {
  it('reads the record a page marks: title, summary, script, kind, date, place and what it is filed under', () => {
    const record = readSearchRecord(article, '/news/2023/qinzhou-zhiwei/');
    expect(record).toMatchObject({
      url: '/news/2023/qinzhou-zhiwei/',
      kind: 'news',
      title: '秦州區執委走進社區',
      summary: '執委們走進社區。',
      lang: 'zh-Hant',
      date: '2023-06-01',
      place: '秦州區',
      cities: ['qinzhou', 'tianshui'],
      brands: ['qinzhou-tiaojie'],
    });
  });

  it('takes the record’s text as lines, leaving out the title, skipped parts, pictures and page furniture', () => {
    expect(readSearchRecord(article, '/a/')?.body.split('\n')).toEqual([
      '執委們走進社區,為群眾講解婚姻家庭知識。',
      '小標題',
      '第二段 & 結尾。',
      '執委 婚姻調解',
    ]);
  });

  it('reads the title without its skipped parts, its lines joined, and any later <h1> as body text', () => {
    const record = readSearchRecord(
      page(
        `<div${attributes(searchRecord('column'))}><h1>最美<span${attributes(searchSkip)}>(置頂)</span><br>執委</h1>` +
          `<p>第一段</p><h1>附錄</h1><p hidden>隱藏</p></div>`,
      ),
      '/c/',
    );
    expect(record).toMatchObject({ title: '最美 執委', body: '第一段\n附錄' });
  });

  it('gives no record for a page without one: lists, tags, the home page', () => {
    expect(readSearchRecord(page('<h1>新聞動態</h1><ul><li>一</li></ul>'), '/news/')).toBeUndefined();
  });

  it('leaves out date and place when the page gives none', () => {
    const record = readSearchRecord(page(`<div${attributes(searchRecord('city'))}><h1>吉林市</h1></div>`), '/c/');
    expect(record).not.toHaveProperty('date');
    expect(record).not.toHaveProperty('place');
    expect(record).toMatchObject({ cities: [], brands: [] });
  });

  it('stops the build when a page marks two records, an unknown kind or a record without a title', () => {
    const two = `<div${attributes(searchRecord('news'))}><h1>一</h1></div><div${attributes(searchRecord('news'))}><h1>二</h1></div>`;
    expect(() => readSearchRecord(page(two), '/two/')).toThrow(/\/two\/: 2 elements carry data-search-record/);
    expect(() => readSearchRecord(page('<div data-search-record="tag"><h1>執委</h1></div>'), '/t/')).toThrow(
      /"tag" is not one of news, person, brand, city, column/,
    );
    expect(() =>
      readSearchRecord(page(`<div${attributes(searchRecord('brand'))}><p>沒有標題</p></div>`), '/b/'),
    ).toThrow(/\/b\/: the search record has no <h1>/);
  });
});

describe('where what the index reads of a page ends', () => {
  const record = (end: string, after: string, trailer = '') =>
    page(
      `<article${attributes(searchRecord('news'))}><h1>執委走進社區</h1><p>正文。</p>` +
        `<p><a${attributes(searchName)} href="/t/">婚姻調解</a></p>${end}<nav><a rel="next" href="/n/">${after}</a></nav>` +
        `</article>${trailer}`,
    );
  // A second record after the end would fail the build were it read.
  const marked = (after: string) =>
    record(
      `<div class="mt-4"${attributes(searchEnd)}>`,
      `${after}</a></nav></div><nav><a>`,
      `<p${attributes(searchRecord('news'))}>頁腳</p>`,
    );

  it('reads nothing from the tag that carries searchEnd on: neither its links nor a record after it', () => {
    const found = readSearchRecord(marked('下一篇:另一篇新聞'), '/n/');
    expect(found?.body.split('\n')).toEqual(['正文。', '婚姻調解']);
    expect(found?.names).toEqual(['婚姻調解']);
    const html = marked('下一篇');
    expect(html.slice(searchedLength(html))).toMatch(/^<div class="mt-4" data-search-end>/);
  });

  it('gives the same searched part whatever follows the end, and the whole page where there is none', () => {
    const [one, other] = [marked('上一篇'), marked('下一篇,標題更長')];
    expect(one.slice(0, searchedLength(one))).toBe(other.slice(0, searchedLength(other)));
    const unmarked = record('<div>', '下一篇');
    expect(searchedLength(unmarked)).toBe(unmarked.length);
  });

  it('cuts a page’s bytes where it cuts its text, Chinese before the cut or not', () => {
    const html = marked('下一篇');
    const bytes = Buffer.from(html);
    expect(bytes.subarray(0, searchedLength(bytes)).toString('utf8')).toBe(html.slice(0, searchedLength(html)));
  });

  it('is not fooled by text that reads like the attribute, nor by a longer attribute name', () => {
    for (const decoy of [
      '<p>寫 data-search-end 的地方</p>',
      '<p title="x"> data-search-end</p>',
      '<div data-search-ended><p>續</p></div>',
    ]) {
      const html = record(decoy, '下一篇');
      expect(searchedLength(html), decoy).toBe(html.length);
      expect(readSearchRecord(html, '/n/')?.body, decoy).toContain('下一篇');
    }
  });
});

describe('the names a record carries', () => {
  it('reads the names of the brands, people and tags it links to, each once, as written', () => {
    const record = readSearchRecord(
      page(
        `<div${attributes(searchRecord('news'))}><h1>標題</h1><p>正文</p>` +
          `<p>相關品牌:<a${attributes(searchName)} href="/b/"> 吉林四姐 </a><a${attributes(searchName)} href="/p/">方淑玲</a>` +
          `<a${attributes(searchName)} href="/b/">吉林四姐</a></p></div>`,
      ),
      '/n/',
    );
    expect(record?.names).toEqual(['吉林四姐', '方淑玲']);
    expect(record?.body).toContain('吉林四姐');
  });
});

describe('the records written for a page', () => {
  const record: SearchRecord = {
    url: '/news/2023/qinzhou-zhiwei/',
    kind: 'news',
    title: '秦州區執委走進社區',
    summary: '執委們走進社區。',
    body: '第一段 "引號"。\n第二段。',
    lang: 'zh-Hant',
    date: '2023-06-01',
    place: '秦州區',
    cities: ['qinzhou', 'tianshui'],
    brands: [],
    names: [],
  };

  it('files the page under its cities, kind and year, and leaves out filters it has no value for', () => {
    expect(recordFilters(record)).toEqual({ city: ['qinzhou', 'tianshui'], type: ['news'], year: ['2023'], brand: [] });
  });

  it('has the folded text the browser’s fold table is built from', () => {
    expect(indexedText(record, fold)).toBe('秦州区执委走进社区\n执委们走进社区。\n第一段 "引号"。\n第二段。');
  });
});
