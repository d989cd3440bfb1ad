import { startAdmin } from './lib/admin-server.ts';
import { launchBrowser } from './lib/chromium.ts';
import { field, sampleRepository, signIn } from './lib/editor-steps.ts';
import { join } from 'node:path';
const repo = sampleRepository();
const a = await startAdmin({ repo, contentDir: join(repo, 'content'), port: 0, output: 'collect' });
const b = await launchBrowser();
try {
  const page = await b.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(60000);
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await signIn(page, a.url);
  await page.goto(`${a.url}admin/#/collections/news/new`);
  await page.waitForTimeout(5000);
  await page.screenshot({ path: '/tmp/shots/d1.png' });
  console.log(await page.locator('label').allInnerTexts().then(t => t.slice(0, 5)));
  console.log(await field(page, '标题').count(), await page.getByLabel('标题', { exact: true }).count());
} finally { await b.close(); await a.stop(); }
