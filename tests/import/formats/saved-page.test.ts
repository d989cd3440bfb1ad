import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../../src/import/index.ts';
import { importContext } from '../../../scripts/lib/import-context.ts';
import { siblingsOf, siteRoot } from '../support.ts';

// A page saved from a browser ("网页,全部"), its picture in the _files folder beside it.
const page = new URL('../../fixtures/import/corpus/files/site-01-liaocheng-gov-page.html', import.meta.url);
const site = siteRoot();
const context = importContext(site.root, new Date('2026-12-01T12:00:00+08:00'));
afterAll(() => site.remove());

const FOLDER_CHECK =
  /网页的图片在“site-01-liaocheng-gov-page_files”文件夹里,这次没有一起读到:请在文件夹里同时选中 \.html 文件和“site-01-liaocheng-gov-page_files”文件夹,一起拖进导入框/u;

describe('a saved web page', () => {
  it('takes its pictures from its _files folder when it can read it, and asks for nothing more', async () => {
    const outcome = await importArticle(
      { name: 'site-01.html', bytes: readFileSync(page), readSibling: siblingsOf(page) },
      context,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.pictures).toHaveLength(1);
    expect(outcome.checks.join('\n')).not.toMatch(FOLDER_CHECK);
  });

  it('given alone, as a browser gives a .html file chosen by itself, names the folder to drop with it', async () => {
    const outcome = await importArticle({ name: 'site-01.html', bytes: readFileSync(page) }, context);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.pictures).toEqual([]);
    expect(outcome.checks[0]).toMatch(FOLDER_CHECK);
  });
});
