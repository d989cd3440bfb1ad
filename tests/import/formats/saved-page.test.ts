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
  /^网页的图片在“site-01-liaocheng-gov-page_files”文件夹里,一张也没有读到:请把 \.html 文件和这个文件夹放在一起再导入;在编辑器里,要同时选中这两样,一起拖进导入框$/u;

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

  it.each([
    ['given alone, as a browser gives a .html file chosen by itself', undefined],
    ['copied without its folder', async () => undefined],
  ])('%s, names the folder to bring with it, first', async (_how, readSibling) => {
    const outcome = await importArticle(
      { name: 'site-01.html', bytes: readFileSync(page), ...(readSibling ? { readSibling } : {}) },
      context,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.pictures).toEqual([]);
    expect(outcome.checks[0]).toMatch(FOLDER_CHECK);
  });
});
