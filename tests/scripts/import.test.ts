import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { projectRoot, siteRoot } from '../import/support.ts';

let root: string;
let remove: () => void;

beforeEach(() => ({ root, remove } = siteRoot()));
afterEach(() => remove());

const corpusFile = (name: string) => join(projectRoot, 'tests/fixtures/import/corpus/files', name);
const now = new Date('2026-12-01T12:00:00+08:00');

/** `npm run import -- …`, run with the Node running the tests (24, which strips the types). */
function run(args: string[], input?: string) {
  return spawnSync(process.execPath, ['scripts/import.ts', ...args, '--root', root], {
    cwd: projectRoot,
    encoding: 'utf8',
    input,
  });
}

// Each call starts Node with the importer: seconds on a busy two-core machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('imports a Word file: the entry, its picture beside it, and a report of every line it took out', () => {
    const result = run([corpusFile('doc-01-liaocheng-manuscript.docx')]);
    expect(result.status).toBe(0);
    const file = result.stdout.trim();
    expect(file).toMatch(/^content\/news\/\d{4}\/liaocheng-fulian-xinhuo-liaoyuan-xiangmu\.md$/u);
    const picture = file.replace(/\.md$/u, '-1.jpg');
    expect(readFileSync(join(root, picture)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const { data, body } = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
    expect(data).toMatchObject({ title: '聊城市妇联“新火聊圆·她先行”项目惠及新就业形态女性', city: 'liaocheng' });
    expect(body).toContain('\n## 建组织 有了“娘家”\n');
    expect(body).toContain('**让她们遇到难处有地方说、有人管**');
    expect(body).toContain(`![快递站点的女职工在“妈妈驿站”休息](./${picture.split('/').at(-1)})`);
    expect(body).toContain('| 服务内容 | 人次 |\n| --- | --- |\n| 免费体检 | 1200 |');
    expect(result.stderr).toContain('已导入(Word 文件');
    expect(result.stderr).toMatch(/\[标题\]\s+聊城市妇联“新火聊圆·她先行”/u);
    expect(result.stderr).toMatch(/\[记者\/作者、审核、监制\]\s+撰稿：王丽 审核：张华 签发：陈静/u);
    expect(result.stderr).toContain(`写入的图片:\n  ${picture}`);
    expect(result.stderr).toContain('没有认出来源:请填写 source.name');
  });

  it('imports a saved WeChat page: fields from its markup, pictures from its _files folder, online-only ones listed', () => {
    const result = run([corpusFile('wxh-01-liaocheng-saved-page.html')]);
    expect(result.status).toBe(0);
    const file = result.stdout.trim();
    expect(file).toBe('content/news/2024/jinguo-liaoliang-liaocheng-fulian-juban-nvxing.md');
    const { data, body } = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
    expect(data).toMatchObject({
      title: '巾帼“聊”亮丨聊城市妇联举办女性创业故事分享会',
      date: '2024-10-18 19:30',
      source: {
        name: '聊城市妇联微信公众号',
        kind: 'wechat',
        url: 'https://mp.weixin.qq.com/s?__biz=MzAwMDAwMDAwMA==&mid=2650000001&idx=1&sn=abcdef',
      },
      credits: { contributor: '冠县妇联', editor: '王丽', reviewer: '张华' },
    });
    expect(existsSync(join(root, file.replace(/\.md$/u, '-1.jpg')))).toBe(true);
    expect(existsSync(join(root, file.replace(/\.md$/u, '-2.jpg')))).toBe(true);
    expect(existsSync(join(root, file.replace(/\.md$/u, '-3.jpg')))).toBe(false);
    // Never hot-linked: the online-only picture is listed for the person, not put in the body.
    expect(body).not.toContain('mmbiz.qpic.cn');
    expect(result.stderr).toContain('只在网上的图片没有导入');
    expect(result.stderr).toContain('https://mmbiz.qpic.cn/mmbiz_jpg/wxh-01-liaocheng-saved-page2/640?wx_fmt=jpeg');
    expect(result.stderr).toMatch(/\[页面元素\]\s+点击上方蓝字关注我们/u);
  });

  it('writes entries that pass every check but the ones a person must fill in', () => {
    for (const name of [
      'wx-01-liaocheng-zhiwei.txt',
      'np-01-women-news-gbk.txt',
      'wxh-02-jilin-saved-page-hant.html',
      'md-02-qinzhou-hant-big5.txt',
    ]) {
      expect(run([corpusFile(name)]).status).toBe(0);
    }
    const problems = checkContent(root, { now }).problems.filter((problem) => problem.file.startsWith('content/news/'));
    expect(problems).toEqual([]);
  });

  it('marks what it cannot work out and says so, instead of guessing', () => {
    const result = run(['-'], '社区里的妇女之家开放了，三十多位妇女参加了开放日的活动，大家都说收获很大。');
    expect(result.status).toBe(0);
    const { data, body } = parseFrontmatter(readFileSync(join(root, result.stdout.trim()), 'utf8'));
    expect(data.title).toMatch(/^待填写/u);
    expect(data.date).toMatch(/^待填写/u);
    expect(data.city).toMatch(/^待填写/u);
    expect(body.trim()).toBe('社区里的妇女之家开放了，三十多位妇女参加了开放日的活动，大家都说收获很大。');
    expect(result.stderr).toContain('没有认出标题');
    const problems = checkContent(root, { now }).problems.filter((problem) => problem.file === result.stdout.trim());
    expect(problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['title', 'date', 'city', 'source.name', 'source.kind']),
    );
  });

  it('takes the city and the file name from the command line', () => {
    const result = run([corpusFile('wx-01-liaocheng-zhiwei.txt'), '--city', 'tianjin', '--slug', 'zhiwei-peixun']);
    expect(result.stdout.trim()).toBe('content/news/2024/zhiwei-peixun.md');
    expect(parseFrontmatter(readFileSync(join(root, result.stdout.trim()), 'utf8')).data.city).toBe('tianjin');
  });
});
