/**
 * Takes the publishing guide's screenshots (docs/images/editor/) from the real editor: the local mode on a
 * throwaway copy of the sample content, in Chromium at 1280 px. `node scripts/editor-screenshots.ts [folder]`;
 * `--narrow` takes them at 390 px instead, to look at the editor on a phone.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { startAdmin } from './lib/admin-server.ts';
import { projectRoot } from './lib/astro-cli.ts';
import { launchBrowser } from './lib/chromium.ts';
import { addToList, field, openImportScreen, pickRelation, sampleRepository, signIn } from './lib/editor-steps.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { narrow: { type: 'boolean' } } });
const folder = positionals[0] ?? join(projectRoot, 'docs/images/editor');
const width = values.narrow ? 390 : 1280;
mkdirSync(folder, { recursive: true });

// Written for the guide: a WeChat post as staff copy it, header and closing lines included.
const article = `天津市妇联“津门巾帼学堂”开讲
原创 高岚 天津市妇联
2025-09-06 09:30 天津
9月5日，天津市妇联“津门巾帼学堂”在河西区开讲，首课请社区工作者讲解老年人防诈骗常识。
学堂每月开课一次，课程由各区妇联按居民需要点单安排。
编辑：高岚
审核：吴静
天津市妇联
阅读原文`;

const repo = sampleRepository();
const admin = await startAdmin({ repo, contentDir: join(repo, 'content'), port: 0, output: 'collect' });
const launched = await launchBrowser();
try {
  const page = await launched.browser.newPage({ locale: 'zh-CN', viewport: { width, height: 760 } });
  page.setDefaultTimeout(120_000);
  const shot = async (name: string) => {
    await page.waitForTimeout(500);
    // A palette PNG: a screenshot of an interface has few colours, and the guide is read over weak networks too.
    const png = await page.screenshot();
    await sharp(png)
      .png({ palette: true, quality: 80, compressionLevel: 9 })
      .toFile(join(folder, `${name}.png`));
  };
  await signIn(page, admin.url);
  await shot('list');
  await page.goto(`${admin.url}admin/#/collections/news/new`);
  await field(page, '标题').fill('聊城市妇联举办巾帼创业分享会');
  await pickRelation(page, '所属城市', '聊城', '聊城市');
  await page
    .getByLabel('摘要', { exact: true })
    .fill('聊城市妇联邀请五位女性创业者讲述创业经历,两百余名妇女到场交流。');
  await page.locator('[data-slate-editor]').click();
  await page.keyboard.type('5 月 20 日,聊城市妇联举办巾帼创业分享会,五位女性创业者讲述了各自的创业经历。');
  await field(page, '标题').scrollIntoViewIfNeeded();
  await shot('new');
  await page.getByRole('button', { name: '选择图片' }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles(join(projectRoot, 'content/news/2024/liaocheng-linyi-jiaoliu.jpg'));
  await page.getByText('liaocheng-linyi-jiaoliu.jpg').waitFor();
  await shot('picture');
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await field(page, '图片说明').fill('示意插图:分享会现场');
  await field(page, '来源名称').fill('聊城市妇联微信公众号');
  await field(page, '来源类型').click();
  await page.getByText('微信公众号', { exact: true }).click();
  await addToList(page, '审核', '张华');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('修改已保存').waitFor();
  await page.getByRole('button', { name: /^状态/ }).click();
  await shot('status');
  await page.getByText('待审核', { exact: true }).click();
  await page.getByRole('button', { name: '状态: 待审核' }).waitFor();
  await page.goto(`${admin.url}admin/#/workflow`);
  await page.getByText('聊城市妇联举办巾帼创业分享会').first().waitFor();
  await shot('workflow');
  await page.getByText('聊城市妇联举办巾帼创业分享会').first().click();
  await page.getByRole('button', { name: /^状态/ }).click();
  await page.getByText('可发布', { exact: true }).click();
  await page.getByRole('button', { name: '状态: 可发布' }).waitFor();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).waitFor();
  await shot('publish');
  // The import screen, and the draft it opens with the report of what to check.
  await openImportScreen(page, admin.url);
  await page.getByLabel('粘贴文章的文字').fill(article);
  await shot('import');
  await page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await page.locator('[data-import-report]').waitFor();
  await page.locator('[class*="singleValue"]', { hasText: '天津市' }).waitFor();
  await shot('imported');
  console.log(`截图已保存到 ${folder}`);
} finally {
  await launched.close();
  await admin.stop();
  rmSync(repo, { recursive: true, force: true });
}
