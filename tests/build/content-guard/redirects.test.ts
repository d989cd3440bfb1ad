import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  redirectsReport,
  writeRedirects,
  writeRedirectsInWorker,
  type RedirectsJob,
} from '../../../src/build/content-guard/redirects.ts';
import { paths } from '../../../src/lib/urls.ts';
import { recordEntryUrls } from '../../../src/url-manifest/publish.ts';
import { page } from '../../url-manifest/support.ts';

const root = mkdtempSync(join(tmpdir(), 'jinguo-redirects-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pages = [
  page('news/2024/a', { title: '巾帼志愿服务', aliases: [{ path: '/html/2017/0915/123.html', line: 5 }] }),
  page('news/2024/b', { title: '婦女微家', aliases: [{ path: '/old/b/', line: 5 }] }),
];
const scripts: RedirectsJob['scripts'] = [[pages[1]!.path, 'zh-Hant']];
mkdirSync(join(root, 'content'), { recursive: true });
const draft = join(root, 'draft.jsonl');
recordEntryUrls(root, pages, draft);

/** A built site of the two pages, with its own copy of the build's draft. */
function built(name: string): RedirectsJob {
  const dist = join(root, name);
  for (const { path } of pages) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), `<h1>${path}</h1>`);
  }
  cpSync(draft, join(root, `${name}.jsonl`));
  return { root, dist, draft: join(root, `${name}.jsonl`), pages, scripts };
}

const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name).slice(dir.length),
        readFileSync(join(entry.parentPath, entry.name), 'utf8'),
      ]),
  );

describe('the redirect pages, written in Astro’s process or in a worker thread', () => {
  it('writes the same files either way, each redirect in the script of the page it leads to', async () => {
    const here = built('here');
    const there = built('there');
    const inProcess = writeRedirects(here);
    const inWorker = await writeRedirectsInWorker(there);
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.pages).toBeGreaterThanOrEqual(4);
    expect(files(there.dist)).toEqual(files(here.dist));
    expect(readFileSync(there.draft, 'utf8')).toBe(readFileSync(here.draft, 'utf8'));

    const old = readFileSync(join(there.dist, 'html/2017/0915/123.html'), 'utf8');
    expect(old).toContain(`https://`);
    expect(old).toContain(pages[0]!.path);
    expect(old).toContain('lang="zh-Hans"');
    expect(readFileSync(join(there.dist, 'old/b/index.html'), 'utf8')).toContain('lang="zh-Hant"');
    expect(redirectsReport(inWorker).at(-1)).toEqual({
      level: 'info',
      text: `已写出 ${inWorker.pages} 个跳转页(旧网址和短链接),以及 _redirects 和 nginx-redirects.conf。`,
    });
  });

  it('says why, in a rejection, when the pages cannot be written', async () => {
    const job = built('blocked');
    // A file where the redirect's folder must go.
    writeFileSync(join(job.dist, 'old'), 'x');
    await expect(writeRedirectsInWorker({ ...job, dist: join(job.dist, 'old') })).rejects.toThrow(
      /ENOTDIR|EEXIST|ENOENT/,
    );
  });
});

describe('redirectsReport', () => {
  it('lists redirected pages, then aliases a page now holds, then the count', () => {
    expect(
      redirectsReport({
        redirected: [{ path: '/x/', to: paths.news('2024/a') }],
        added: [],
        pages: 3,
        shadowed: ['/y/'],
      }),
    ).toEqual([
      { level: 'info', text: `页面 /x/ 已不存在,改为跳转到 ${paths.news('2024/a')}` },
      { level: 'warn', text: '旧网址 /y/ 现在是一个页面,不再跳转' },
      { level: 'info', text: '已写出 3 个跳转页(旧网址和短链接),以及 _redirects 和 nginx-redirects.conf。' },
    ]);
  });
});
