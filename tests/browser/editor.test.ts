import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/index.ts';
import { serveEditor } from '../../scripts/lib/admin-server.ts';
import { importContext } from '../../scripts/lib/import-context.ts';
import { importArticle } from '../../src/import/index.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite, projectRoot } from '../support/astro-cli.ts';
import { launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import {
  addToList,
  field,
  git,
  openImportScreen,
  pickRelation,
  reviewAndPublish,
  reviewBranches,
  sampleRepository,
  signIn,
} from './support/editor.ts';

/**
 * The editor as staff use it, in Chromium against the local mode: the built sample site's /admin/ with
 * decap-server's git backend on the same origin (as `npm run admin` serves them), editing a throwaway copy of the
 * sample content, never the real content/.
 */
const EDITED = 'news/2024/jilin-ponan-xingdong.md';
// A developer's comment in the frontmatter, which saving in the editor must keep.
const NOTE = '# 開發者註記:封面由設計組提供。';
// A WeChat post as staff copy it, header and closing lines included (written for the tests).
const PASTED = readFileSync(join(projectRoot, 'tests/fixtures/cms/wechat-paste.txt'), 'utf8');
// The import corpus's Word manuscript: a heading, a table and a picture with its 替换文字.
const WORD_FILE = 'tests/fixtures/import/corpus/files/doc-01-liaocheng-manuscript.docx';
// The import corpus's page saved from a browser ("网页,全部"), its picture in the _files folder beside it.
const SAVED_PAGE = 'tests/fixtures/import/corpus/files/site-01-liaocheng-gov-page.html';

/**
 * Drops files and folders from disk on an element, as staff drag them from the file manager: Chromium's own drag
 * (DevTools protocol), which hands the page folders it can open, as a real drag does.
 */
async function dropFromDisk(page: Page, selector: string, paths: string[]): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const session = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await session.send('Input.dispatchDragEvent', { type, ...at, data });
  await session.detach();
}

let repo: string;
let built: string;
let server: StaticServer;
let url: string;
let launched: LaunchedBrowser;
let page: Page;
const requested: string[] = [];
const refused: string[] = [];

beforeAll(async () => {
  repo = sampleRepository((content) => {
    const file = join(content, EDITED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', `---\n${NOTE}\n`));
  });
  built = mkdtempSync(join(tmpdir(), 'jinguo-editor-build-'));
  server = await serveEditor({ dist: inject('sampleDist'), repo });
  url = server.url('/');
  launched = await launchBrowser();
  page = await launched.browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(120_000);
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => console.error(`editor page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
}, 180_000);

afterEach(async (context) => {
  // What the editor showed when a step failed, beside the test's temporary files.
  if (context.task.result?.state === 'fail')
    await page?.screenshot({ path: join(tmpdir(), `jinguo-editor-${context.task.id}.png`) });
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
  for (const folder of [repo, built]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the editor at /admin/ in the local mode', () => {
  it('opens in Chinese with the five collections', async () => {
    await signIn(page, url);
    for (const name of ['新闻', '人物', '品牌', '栏目', '城市']) {
      await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.getByText('新闻按年份放在文件夹里').count()).resolves.toBe(1);

    // The news list opens newest first, each item dated by its day alone, though some are dated with a time too.
    const items = page.locator('a[href*="/collections/news/entries/"]');
    await items.first().waitFor();
    const dates = (await items.allInnerTexts()).map((text) => text.trim().split(' ')[0]!);
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(
      page.getByText('2024-11-21 聊城市妇联在全省会议上交流基层组织建设经验', { exact: true }).count(),
    ).resolves.toBe(1);
  }, 300_000);

  it('creates a news item with a picture, a city, a brand and a reviewer, through review to main', async () => {
    await page.goto(`${url}admin/#/collections/news/new`);
    await field(page, '标题').fill('聊城市妇联举办巾帼创业分享会');
    await pickRelation(page, '所属城市', '聊城', '聊城市');
    await page
      .getByLabel('摘要', { exact: true })
      .fill('聊城市妇联邀请五位女性创业者讲述创业经历,两百余名妇女到场交流。');
    await page.getByRole('button', { name: '选择图片' }).click();
    await page
      .locator('input[type=file]')
      .setInputFiles(join(projectRoot, 'content/news/2024/liaocheng-linyi-jiaoliu.jpg'));
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await field(page, '图片说明').fill('示意插图:分享会现场');
    await field(page, '来源名称').fill('聊城市妇联微信公众号');
    await field(page, '来源类型').click();
    await page.getByText('微信公众号', { exact: true }).click();
    await addToList(page, '审核', '张华');
    await pickRelation(page, '相关品牌', '水城', '水城巾帼美');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('五位女性创业者讲述了各自的创业经历。');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor();

    const year = String(new Date().getFullYear());
    const file = `content/news/${year}/liao-chengshi-fulian-juban-jinguo.md`;
    // Saved on a review branch of its own; main does not have it until it is published.
    expect(reviewBranches(repo)).toEqual([`cms/news/${year}/liao-chengshi-fulian-juban-jinguo`]);
    expect(git(repo, 'ls-tree', '--name-only', 'main', `content/news/${year}/`)).toBe('');

    await reviewAndPublish(page);
    expect(reviewBranches(repo)).toEqual([]);
    const text = git(repo, 'show', `main:${file}`);
    expect(text).toContain('city: liaocheng');
    expect(text).toContain('src: ./liaocheng-linyi-jiaoliu.jpg');
    expect(text).toMatch(/reviewer:\n\s+- 张华/);
    expect(text).toMatch(/brands:\n\s+- shuicheng-jinguomei/);
    expect(git(repo, 'ls-tree', '--name-only', 'main', `content/news/${year}/`)).toContain(
      'liaocheng-linyi-jiaoliu.jpg',
    );

    const { problems } = checkContent(repo, { requireReview: true });
    expect(problems.map((problem) => formatProblem(problem))).toEqual([]);

    // Built from a copy, outside the repository: the build records new URLs in the content's urls.jsonl, and the local
    // backend refuses to save over changes nobody committed.
    const outDir = join(built, 'dist');
    cpSync(join(repo, 'content'), join(built, 'content'), { recursive: true });
    const build = buildSite({ contentDir: join(built, 'content'), outDir }, 600_000);
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(outDir, `news/${year}/liao-chengshi-fulian-juban-jinguo/index.html`), 'utf8');
    expect(html).toContain('聊城市妇联举办巾帼创业分享会');
    expect(html).toMatch(/<img[^>]+alt="示意插图:分享会现场"/);
    expect(html).toMatch(/<dt>审核:<\/dt>\s*<dd[^>]*>张华<\/dd>/);
  }, 900_000);

  it('edits an existing entry without losing anything else in its file', async () => {
    const before = readFileSync(join(repo, 'content', EDITED), 'utf8');
    await page.goto(`${url}admin/#/collections/news`);
    await page.getByText('吉林市婦聯「破難行動」見實效', { exact: false }).click();
    const summary = field(page, '摘要');
    await summary.fill(`${await summary.inputValue()}(已核對)`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor();
    await reviewAndPublish(page);

    const after = git(repo, 'show', `main:content/${EDITED}`);
    const beforeLines = before.split('\n');
    const changed = after.split('\n').filter((line, index) => line !== beforeLines[index]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^summary: .*\(已核對\)$/);
    expect(after.split('\n')).toHaveLength(beforeLines.length);
    expect(after).toContain(NOTE);
  }, 300_000);

  it('shows the entry the address names, and a new item empty, after another entry was open', async () => {
    // The page is still on the entry edited above. Decap alone would keep that entry's fields in the form.
    const titleShown = () =>
      field(page, '标题')
        .inputValue({ timeout: 2_000 })
        .catch(() => undefined);
    await page.goto(`${url}admin/#/collections/news/entries/2024/liaocheng-linyi-jiaoliu`);
    await expect.poll(titleShown, { timeout: 60_000 }).toBe('聊城市妇联在全省会议上交流基层组织建设经验');
    await page.goto(`${url}admin/#/collections/news/new`);
    await expect.poll(titleShown, { timeout: 60_000 }).toBe('');
    // Left by the editor's own way back to the list: Decap takes a new item for unsaved changes, and an address typed
    // over it waits on its prompt.
    await page.locator('a[href$="/collections/news"]').first().click();
    await page.getByRole('link', { name: '新闻', exact: true }).waitFor();
  }, 180_000);

  it('imports a pasted WeChat article into a filled draft that passes the check once published', async () => {
    // Where npm run import would put it: one importer behind both.
    const cli = await importArticle({ name: '粘贴的文字.txt', text: PASTED }, importContext(repo));
    expect(cli.ok && cli.file).toMatch(/^content\/news\/2025\/[a-z0-9-]+\.md$/);
    await openImportScreen(page, url);
    // An article the site already has is refused, in the importer's words, and nothing is opened.
    const existing = readFileSync(join(projectRoot, 'content/news/2024/liaocheng-linyi-jiaoliu.md'), 'utf8');
    const title = /^title: (.+)$/m.exec(existing)![1]!.replace(/^["']|["']$/g, '');
    await page.locator('textarea').fill(`${title}\n${existing.split('---\n')[2]!.trim().split('\n\n')[0]}`);
    await page.getByRole('button', { name: '导入粘贴的文字' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /^没有导入:这篇文章已经导入过:content\/news\/2024\/liaocheng-linyi-jiaoliu\.md/,
    );

    await page.locator('textarea').fill(PASTED);
    await page.getByRole('button', { name: '导入粘贴的文字' }).click();
    const report = page.locator('[data-import-report]');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('请核对以下');
    await expect(field(page, '标题').inputValue()).resolves.toBe('巾帼建新功丨聊城市妇联举办家庭教育指导师培训班');
    // The city read from the text, shown by its name once the relation has loaded the cities.
    await page.locator('[class*="singleValue"]', { hasText: '聊城市' }).waitFor();
    await expect(field(page, '来源名称').inputValue()).resolves.toBe('聊城市妇联微信公众号');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor();
    await reviewAndPublish(page);

    const file = cli.ok ? cli.file : '';
    const text = git(repo, 'show', `main:${file}`);
    expect(text).toContain('title: 巾帼建新功丨聊城市妇联举办家庭教育指导师培训班');
    expect(text).toContain('date: "2025-04-18 16:20"');
    expect(text).toContain('city: liaocheng');
    expect(text).toMatch(/reviewer:\n\s+- 孙丽/);
    expect(text).toContain('培训围绕亲子沟通、隔代教育等话题展开');
    // Neither the report nor the closing lines of the post are written into the article.
    expect(text).not.toMatch(/imported|请核对|阅读原文|待填写/);
    const { problems } = checkContent(repo, { requireReview: true });
    expect(problems.map((problem) => formatProblem(problem))).toEqual([]);
  }, 600_000);

  it('imports a Word file with its picture, saved beside the entry', async () => {
    await openImportScreen(page, url);
    await page.locator('input[type=file]').setInputFiles(join(projectRoot, WORD_FILE));
    await page.locator('[data-import-report]').waitFor();
    // The importer could not read where the manuscript was first published: the report asks for it by its label.
    await expect(page.locator('[data-import-report]').textContent()).resolves.toContain('请填写“来源名称”');
    await field(page, '来源名称').fill('聊城市妇联');
    await field(page, '来源类型').click();
    await page.getByText('本站原创', { exact: true }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor();

    // On its review branch: the entry and its picture, and nothing else.
    const [branch, ...others] = reviewBranches(repo, 'cms/news/');
    expect(others).toEqual([]);
    const files = git(repo, 'diff', '--name-only', `main...${branch}`).trim().split('\n').sort();
    expect(files).toHaveLength(2);
    const entry = files.find((name) => name.endsWith('.md'))!;
    const picture = entry.replace(/\.md$/, '-1.jpg');
    expect(files).toEqual([picture, entry].sort());
    expect(git(repo, 'show', `${branch}:${entry}`)).toContain(`](./${picture.split('/').at(-1)})`);
  }, 600_000);

  it('shows the draft waiting for review on its board, dated in Chinese', async () => {
    // The Word file's draft, saved above, waits on the board in the 草稿 column.
    await page.goto(`${url}admin/#/workflow`);
    await page.getByRole('heading', { name: '审核发布' }).waitFor();
    const today = new Date();
    await page
      .getByText(`${today.getMonth() + 1}月${today.getDate()}日`)
      .first()
      .waitFor({ timeout: 30_000 });
    const months = /(January|February|March|April|May|June|July|August|September|October|November|December) \d/;
    expect(await page.locator('body').innerText()).not.toMatch(months);
  }, 120_000);

  it('imports a saved web page dropped with its _files folder, its picture saved beside the entry', async () => {
    const before = new Set(reviewBranches(repo, 'cms/news/'));
    await openImportScreen(page, url);
    const saved = join(projectRoot, SAVED_PAGE);
    await dropFromDisk(page, '[data-drop]', [saved, saved.replace(/\.html$/, '_files')]);
    await page.locator('[data-import-report]').waitFor();
    // The page names its editor but no reviewer, whom the site requires: the report asks for one by its label.
    await expect(page.locator('[data-import-report]').textContent()).resolves.toContain('请填写“审核”');
    await addToList(page, '审核', '孙丽');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor();

    const [branch, ...others] = reviewBranches(repo, 'cms/news/').filter((name) => !before.has(name));
    expect(others).toEqual([]);
    const files = git(repo, 'diff', '--name-only', `main...${branch}`).trim().split('\n').sort();
    const entry = files.find((name) => name.endsWith('.md'))!;
    const picture = entry.replace(/\.md$/, '-1.png');
    expect(files).toEqual([entry, picture].sort());
    expect(git(repo, 'show', `${branch}:${entry}`)).toContain(`](./${picture.split('/').at(-1)})`);
    const original = readFileSync(saved.replace(/\.html$/, '_files/p1.png'));
    expect(execFileSync('git', ['show', `${branch}:${picture}`], { cwd: repo }).equals(original)).toBe(true);
  }, 600_000);

  it('refuses to save without a reviewer, or over files nobody committed, and says why in Chinese', async () => {
    const toast = page.locator('.Toastify');
    const earlier = new Set(reviewBranches(repo, 'cms/news/'));
    await page.goto(`${url}admin/#/collections/news/new`);
    await field(page, '标题').fill('聊城市妇联开展巾帼志愿服务');
    await pickRelation(page, '所属城市', '聊城', '聊城市');
    await page.getByLabel('摘要', { exact: true }).fill('志愿者走进社区,为老人和儿童提供服务。');
    await field(page, '来源名称').fill('聊城市妇联');
    await field(page, '来源类型').click();
    await page.getByRole('option', { name: '本站原创' }).click();
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('志愿者走进社区。');
    // Decap counts an empty list as filled in: the editor's own check names the list and its button.
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await toast.getByText('保存内容失败: 「署名 → 审核」必须填写:请点“新增审核”,填好后再保存。').waitFor();

    await addToList(page, '审核', '张华');
    const stray = join(repo, 'notes.txt');
    writeFileSync(stray, '没有提交的笔记\n');
    const before = git(repo, 'for-each-ref', 'refs/heads/');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await toast.getByText('网站文件夹里有尚未提交的改动(notes.txt)', { exact: false }).waitFor();
    expect(git(repo, 'for-each-ref', 'refs/heads/')).toBe(before);

    rmSync(stray);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor();
    const saved = reviewBranches(repo, 'cms/news/').filter((name) => !earlier.has(name));
    expect(saved).toHaveLength(1);
    expect(git(repo, 'diff', '--name-only', `main...${saved[0]}`).trim()).toMatch(
      /^content\/news\/\d{4}\/[a-z-]+\.md$/,
    );
  }, 600_000);

  it('ran under its content policy without a refusal', () => {
    expect(refused).toEqual([]);
  });

  it('made every request to its own origin: nothing from a CDN or any other site', () => {
    const origin = new URL(url).origin;
    expect(requested.length).toBeGreaterThan(10);
    expect([...new Set(requested.map((url) => new URL(url).origin))]).toEqual([origin]);
  });
});
