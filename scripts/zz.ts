import { startAdmin } from './lib/admin-server.ts';
import { launchBrowser } from './lib/chromium.ts';
const a = await startAdmin({ repo: '/tmp/cmsrepo', contentDir: '/tmp/cmsrepo/content', port: 0, output: 'collect' });
const b = await launchBrowser();
try {
  const page = await b.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() !== 'debug') console.log('console', m.type(), m.text().slice(0, 300)); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(a.url + 'admin/');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/shots/a2.png' });
  await page.goto(a.url + 'admin/#/collections/news/new');
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/shots/a3.png', fullPage: true });
  await page.goto(a.url + 'admin/#/collections/news/entries/2024/jilin-ponan-xingdong');
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/shots/a4.png', fullPage: false });
  console.log([...new Set(requests.map(u=>new URL(u).origin))]);
} finally { await b.close(); await a.stop(); }
