import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, sortProblems, type Problem } from '../../src/content-check/index.ts';
import { findPersonalData, isResidentId } from '../../src/content-check/rules/personal-data.ts';
import { isScriptUrl } from '../../src/content-check/rules/html.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url));
const now = new Date('2025-01-01T00:00:00+08:00');

/** Problems as `npm run check` prints them, in its order. */
function problemsOf(name: string): string[] {
  return sortProblems(checkContent(fixture(name), { now }).problems).map(
    (problem: Problem) =>
      `${problem.file}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
  );
}

describe('publishing rules', () => {
  it('reports a future date not marked scheduled, and accepts one that is', () => {
    expect(problemsOf('publishing-future-date')).toEqual([
      'content/news/2099/sanba-jie.md:3: date: 日期 2099-03-08 还没有到:如果要定时发布,请加一行 scheduled: true;如果是写错了,请改正日期',
    ]);
  });

  it('asks for the date of a correction, and catches an updated date before the publication date', () => {
    expect(problemsOf('publishing-correction')).toEqual([
      'content/news/2024/gengzheng.md:7: correction: 写了更正说明,请同时写 updated(更正的日期),页面上会显示“某月某日更正”',
      'content/news/2024/riqi-daozhi.md:4: updated: 更新日期 2024-11-01 早于发布日期 2024-11-21:请检查这两个日期',
    ]);
  });

  it('refuses references to a withdrawn entry', () => {
    expect(problemsOf('publishing-withdrawn-reference')).toEqual([
      'content/news/2024/fangwen.md:7: people.0: 人物“wang-li”已撤下(withdrawn),这里不能再引用它:请删去',
    ]);
  });
});

describe('review rule (site setting requireReview)', () => {
  const review = (requireReview?: boolean) =>
    sortProblems(checkContent(fixture('review-missing'), { now, requireReview }).problems).map(
      (problem: Problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`,
    );
  const message =
    '本站要求新闻经审核后才能发布(未经审核不得发布):请在署名里写上审核人,例如 credits: { reviewer: 张华 };在编辑器里是“署名 → 审核”一栏';

  it('refuses a news item without its reviewer, inside its credits or at the top of the file', () => {
    expect(review(true)).toEqual([
      `content/news/2024/weishenhe.md:8: credits.reviewer: ${message}`,
      `content/news/2024/wu-shuming.md:1: credits.reviewer: ${message}`,
    ]);
  });

  it('lets a draft wait for its reviewer, and asks nothing with review off', () => {
    expect(review(true).some((line) => line.includes('caogao.md'))).toBe(false);
    expect(review(false)).toEqual([]);
    expect(review(undefined)).toEqual([]);
  });
});

describe('duplicate rules', () => {
  it('reports two files with one slug', () => {
    expect(problemsOf('duplicate-slug')).toEqual([
      'content/news/2024/sanba-jie.mdx:1: 和 content/news/2024/sanba-jie.md 的网址相同:同一个文件名只能用一次,请删去或改名其中一个',
    ]);
  });

  it('reports two different tags with one URL, but not one tag in two scripts', () => {
    expect(problemsOf('duplicate-tag')).toEqual([
      'content/news/2024/lishi-b.md:7: tags.1: 标签“理事”和“历史”的网址都是 /tags/lishi/:请换一种说法,或统一用“历史”',
    ]);
  });

  it('reports aliases that are another page, the entry’s own, claimed twice, or a list page', () => {
    expect(problemsOf('alias-collision')).toEqual([
      'content/news/2024/a.md:7: aliases.1: 这是 content/news/2024/b.md 的网址,不能再跳转到这里',
      'content/news/2024/a.md:7: aliases.2: 这是本条内容自己现在的网址(写法不同也算),不用写在 aliases 里',
      'content/news/2024/b.md:7: aliases.0: 这个旧网址已经写在 content/news/2024/a.md 的 aliases 里:一个旧网址只能跳转到一个地方',
      'content/news/2024/b.md:7: aliases.1: 这个网址是网站的栏目页,不能用作旧网址:跳转会盖住它',
    ]);
  });

  it('refuses every alias that normalises to something the site occupies, however it is written', () => {
    const line = (index: number) => `content/news/2024/a.md:${8 + index}: aliases.${index}: `;
    expect(problemsOf('alias-hijack')).toEqual([
      `${line(0)}这个网址是网站的栏目页,不能用作旧网址:跳转会盖住它`,
      `${line(1)}这个网址是网站自己的文件,不能用作旧网址:跳转会盖住它`,
      `${line(2)}这个网址是网站的栏目页,不能用作旧网址:跳转会盖住它`,
      `${line(3)}这是 content/news/2024/b.md 的网址,不能再跳转到这里`,
      `${line(4)}这是 content/news/2024/b.md 的网址,不能再跳转到这里`,
      `${line(5)}这个网址是网站生成的页面(年份或标签),不能用作旧网址:跳转会盖住它`,
      `${line(6)}这个网址是网站生成的页面(年份或标签),不能用作旧网址:跳转会盖住它`,
      `${line(7)}这是本条内容自己现在的网址(写法不同也算),不用写在 aliases 里`,
      `${line(8)}这个网址是 public 文件夹里的文件 public/favicon.svg,不能用作旧网址:跳转会盖住它`,
      `${line(9)}这个网址是 public 文件夹里的文件 public/favicon.svg,不能用作旧网址:跳转会盖住它`,
      `${line(10)}旧网址“/%2e%2e/dist-pwned/”用 .. 跳出了网站`,
      `${line(11)}这个网址是网站自己的文件,不能用作旧网址:跳转会盖住它`,
      `${line(12)}这个网址是网站自己的文件夹(图片、搜索索引、编辑器、短链接、分享图),不能用作旧网址:跳转会盖住它`,
      `${line(13)}这个网址是网站生成的列表页,不能用作旧网址:跳转会盖住它`,
      `${line(14)}这个网址是网站的订阅源或网站地图,不能用作旧网址:跳转会盖住它`,
      `${line(15)}这个网址是网站的订阅源或网站地图,不能用作旧网址:跳转会盖住它`,
      `${line(16)}这个网址是网站自己的文件夹(图片、搜索索引、编辑器、短链接、分享图),不能用作旧网址:跳转会盖住它`,
      `${line(17)}这个网址是网站自己的文件夹(图片、搜索索引、编辑器、短链接、分享图),不能用作旧网址:跳转会盖住它`,
    ]);
  });
});

describe('body image rules', () => {
  it('reports images without alt text, missing files and hot-linked pictures, in Markdown and HTML', () => {
    expect(problemsOf('body-image')).toEqual([
      'content/news/2024/peixun.md:10: 图片“./peixun.png”缺少说明文字:写成 ![一句话说明图上是什么](./peixun.png),供视障读者的读屏软件朗读',
      'content/news/2024/peixun.md:12: 找不到图片“./heying.jpg”:图片应放在这篇内容旁边,路径写成 ./图片文件名',
      'content/news/2024/peixun.md:14: 不能直接引用外站图片“https://mmbiz.qpic.cn/example/640”:外站图片可能失效,也会让读者的手机去连别的网站。请把图片保存下来,放在这篇内容旁边,写成 ./文件名',
      'content/news/2024/peixun.md:16: 图片“./peixun.png”缺少说明文字:请加上 alt="一句话说明图上是什么"',
    ]);
  });
});

describe('pictures that are not pictures', () => {
  it('names each file whose bytes are no picture the build can publish, as cover or in the body', () => {
    const cannotOpen = (src: string) =>
      `图片“${src}”打不开:文件里不是 JPEG、PNG、WebP、AVIF 或 GIF 图片(可能已经损坏,或者只是改了扩展名)。请用看图软件打开它,另存为 JPEG 或 PNG 后放回这里`;
    const svg = (src: string) => `不能用 SVG 图片“${src}”:SVG 里可以带脚本。请另存为 PNG 或 JPEG,放在这篇内容旁边`;
    expect(problemsOf('corrupt-image')).toEqual([
      `content/news/2024/huai-tu.md:9: cover.src: ${cannotOpen('./tongzhi.jpg')}`,
      `content/news/2024/huai-tu.md:12: ${cannotOpen('./jieduan.png')}`,
      `content/news/2024/huai-tu.md:14: ${svg('./weizhuang.png')}`,
      'content/news/2024/huai-tu.md:18: 图片“./shouji.jpg”是 HEIC 格式(苹果手机的照片):网页用不了。请在手机或电脑上导出为 JPEG,再放回这里',
      `content/people/li-hua.md:8: portrait.src: ${svg('./li-hua.svg')}`,
    ]);
  });
});

describe('link rules', () => {
  it('reports internal links to pages that do not exist or are not published, and passes the rest', () => {
    expect(problemsOf('broken-link')).toEqual([
      'content/news/2024/lianjie.md:12: 链接“/news/2024/lianjei/”指向的页面不存在:请检查网址;站内链接写成 /news/2024/文件名/ 这样的路径',
      'content/news/2024/lianjie.md:14: 链接“../2024/caogao.md”指向的是内容文件,不是网页:请写网页地址,例如 /news/2024/liaocheng-linyi-jiaoliu/',
      'content/news/2024/lianjie.md:16: 链接“/news/2024/caogao/”指向的 content/news/2024/caogao.md 还没有发布(草稿),读者点开会找不到页面',
      'content/news/2024/lianjie.md:18: 链接“/cities/changchun/”指向的页面不存在:请检查网址;站内链接写成 /news/2024/文件名/ 这样的路径',
    ]);
  });
});

describe('unsafe HTML rules', () => {
  it('reports scripts, event handlers, javascript: links and frames from hosts off the list, not code samples', () => {
    expect(problemsOf('unsafe-html')).toEqual([
      'content/news/2024/html.md:10: 正文里不能使用 <script> 标签:它会在读者的手机上运行代码,发布时会被删去',
      'content/news/2024/html.md:12: <p> 上不能写 onclick 这类事件属性:它会在读者的手机上运行代码,请删去',
      'content/news/2024/html.md:14: 链接不能是“javascript:alert(1)”这类网址:只能是 https://、http://、mailto:、tel: 或站内路径',
      'content/news/2024/html.md:16: <a> 的 href 不能是“ JaVaScRiPt:alert(1)”这类网址:只能是 https://、http://、mailto:、tel: 或站内路径',
      'content/news/2024/html.md:18: 不能嵌入“evil.example.com”的页面:只能嵌入这些网站的视频:v.qq.com、player.bilibili.com、player.youku.com、www.ixigua.com(在 src/config/site.ts 的 embedHosts 里增加)',
      'content/news/2024/mdx.mdx:10: 正文里不能使用 <button> 标签:文章里不能收集读者填写的内容,发布时会被删去',
    ]);
  });

  it('sees javascript: through capitals, spaces and control characters', () => {
    expect(isScriptUrl(' JaVa\tScRiPt:alert(1)')).toBe(true);
    expect(isScriptUrl('data:text/html;base64,xx')).toBe(true);
    expect(isScriptUrl('https://example.com/javascript:')).toBe(false);
  });

  it('reports a body the MDX parser rejects, at its line', () => {
    expect(problemsOf('body-syntax')).toEqual([
      'content/news/2024/mdx-cuowu.mdx:10: 正文写法有误(MDX):Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)',
    ]);
  });
});

describe('personal data rules', () => {
  it('reports mobile and resident ID numbers, masked, unless the entry allows them', () => {
    expect(problemsOf('personal-data')).toEqual([
      'content/news/2024/lianxi.md:5: summary: 有手机号码“138****5678”:个人手机号不能公开发布,请删去或改成单位电话;如果这是应当公开的号码(例如服务热线),请在属性区写 allowPersonalData: true',
      'content/news/2024/lianxi.md:8: 有手机号码“139****5678”:个人手机号不能公开发布,请删去或改成单位电话;如果这是应当公开的号码(例如服务热线),请在属性区写 allowPersonalData: true',
      'content/news/2024/lianxi.md:10: 有居民身份证号码“220202********123X”:身份证号不能公开发布,请删去;如果这是应当公开的号码(例如服务热线),请在属性区写 allowPersonalData: true',
    ]);
  });

  it('checks the resident ID check character and birth date', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(isResidentId('110105194902300026')).toBe(false);
  });

  it('leaves landlines, hotlines and longer numbers alone', () => {
    expect(findPersonalData('电话 0432-62345678,热线 12338,编号 2024138123456789')).toEqual([]);
    expect(findPersonalData('+86 139-1234-5678')).toEqual([{ kind: 'mobile', masked: '139****5678', index: 0 }]);
  });

  it('finds a number however it is written', () => {
    for (const text of [
      '１３８１２３４５６７８',
      '１38 1234 5678',
      '138.1234.5678',
      '138–1234–5678',
      '138 1234\n5678',
      '&#49;3812345678',
      '138<!-- 注释 -->1234&nbsp;5678',
      '008613812345678',
    ])
      expect(
        findPersonalData(text).map(({ kind, masked }) => `${kind} ${masked}`),
        text,
      ).toEqual(['mobile 138****5678']);
    for (const text of [
      '220202199003071230',
      '220202 19900307 1230',
      '220202-19900307-1230',
      '２２０２０２１９９００３０７１２３０',
    ])
      expect(
        findPersonalData(text).map(({ masked }) => masked),
        text,
      ).toEqual(['220202********1230']);
    expect(findPersonalData('旧身份证 220202900307123').map(({ masked }) => masked)).toEqual(['220202******123']);
  });

  it('refuses a personal number as a tag, which would become a page, even where the entry allows numbers', () => {
    expect(problemsOf('personal-data-tag')).toEqual([
      'content/news/2024/biaoqian.md:8: tags.1: 标签里有手机号码“138****5678”:每个标签都会生成一个页面,标签不能是个人号码,请删去',
    ]);
  });
});

describe('placeholder rule', () => {
  it('lists every 待填写 left in the frontmatter and the body, but not in comments', () => {
    expect(problemsOf('placeholder')).toEqual([
      'content/news/2024/daitianxie.md:5: city: 还没有填写:“待填写:城市文件名”,请换成实际内容',
      'content/news/2024/daitianxie.md:6: summary: 还没有填写:“待填写:一两句话的摘要”,请换成实际内容',
      'content/news/2024/daitianxie.md:8: source.name: 还没有填写:“待填写:发布单位或媒体名称”,请换成实际内容',
      'content/news/2024/daitianxie.md:9: source.kind: 只能是 wechat、newspaper、media 或 original',
      'content/news/2024/daitianxie.md:9: source.kind: 还没有填写:“待填写:wechat、newspaper、media 或 original”,请换成实际内容',
      'content/news/2024/daitianxie.md:13: 正文还有待填写的地方:“待填写:第二段。”,请补上或删去这一行',
    ]);
  });
});

describe('lost URL rule', () => {
  it('names each published URL that no entry keeps, at its line in the manifest', () => {
    const problems = problemsOf('lost-url');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/urls\.jsonl:4: 网址 \/news\/2024\/sanba-jie\/ 将失效/);
    expect(problems[0]).toContain('aliases: [/news/2024/sanba-jie/]');
    expect(problems[1]).toMatch(/^content\/urls\.jsonl:5: 网址 \/news\/2024\/zhuxiao\/ 将失效/);
  });

  it('is satisfied when the renamed entry and a replacement list the old URLs as aliases', () => {
    expect(problemsOf('lost-url-aliased')).toEqual([]);
  });
});
