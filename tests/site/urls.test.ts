import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseManifest, serializeManifest } from '../../src/url-manifest/manifest.ts';
import { byTag, htmlLang, mainLinks, pagePaths, readPage, resolvesInDist, select, textOf } from '../support/dist.ts';
import { projectRoot } from '../support/astro-cli.ts';

const fixture = inject('fixtureDist');
const manifestText = readFileSync(join(projectRoot, 'tests/fixtures/site/content/urls.jsonl'), 'utf8');
const manifest = parseManifest(manifestText);
const article = '/news/2024/sijie-peixun/';
const code = manifest.get(article)?.short ?? '';

/** Where a redirect page sends the browser, and what it tells search engines and readers. */
function redirectOf(path: string) {
  const page = readPage(fixture, path);
  const refresh = select(page, (el) => el.name === 'meta' && el.attribs['http-equiv'] === 'refresh')[0];
  const canonical = select(page, (el) => el.name === 'link' && el.attribs.rel === 'canonical')[0];
  const link = byTag(page, 'a')[0];
  return {
    refresh: refresh?.attribs.content,
    canonical: canonical?.attribs.href,
    link: link?.attribs.href,
    text: link ? textOf(link) : '',
  };
}

describe('fixture site: links that never break', () => {
  it('turns each alias into a redirect page that leads to the entry', () => {
    for (const old of ['/news/2024/jilin-sijie-peixun/', '/html/2024/1121/88.html']) {
      expect(redirectOf(old), old).toEqual({
        refresh: `0; url=${article}`,
        canonical: `https://jinguo.example.cn${article}`,
        link: article,
        text: '吉林四姐开展家政技能培训',
      });
    }
    expect(resolvesInDist(fixture, article)).toBe(true);
  });

  it('gives the article a short link that redirects to it and is shown on the page', () => {
    expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}$/);
    expect(redirectOf(`/s/${code}/`)).toMatchObject({ refresh: `0; url=${article}`, link: article });
    expect(mainLinks(readPage(fixture, article))).toContain(`https://jinguo.example.cn/s/${code}/`);
  });

  it('writes each short link in the script of the page it leads to', () => {
    const langs = [...manifest]
      .filter(([, record]) => record.short)
      .map(([path, record]) => {
        const lang = htmlLang(readPage(fixture, path));
        expect(htmlLang(readPage(fixture, `/s/${record.short}/`)), path).toBe(lang);
        return lang;
      });
    // 秦州区 writes in traditional script, the other cities in simplified: both kinds are checked.
    expect(new Set(langs)).toEqual(new Set(['zh-Hans', 'zh-Hant']));
  });

  it('gives every news item, person and brand a short link, and cities none', () => {
    const shortLinked = [...manifest].filter(([, record]) => record.short).map(([path]) => path);
    expect(shortLinked).toEqual([
      '/brands/jilin-dajie/',
      '/brands/jilin-sijie/',
      '/news/2023/chehui-gaojian/',
      '/news/2023/qinzhou-zhiwei/',
      '/news/2024/sijie-peixun/',
      '/news/2024/zhiwei-xuanjiang/',
      '/people/fang-shuling/',
    ]);
    for (const [path, record] of manifest) {
      if (record.short) expect(redirectOf(`/s/${record.short}/`).link, path).toBe(path);
    }
  });

  it('writes _redirects and an nginx map beside the pages', () => {
    const redirects = readFileSync(join(fixture, '_redirects'), 'utf8');
    expect(redirects).toContain(`/news/2024/jilin-sijie-peixun/ ${article} 301`);
    expect(redirects).toContain(`/s/${code}/ ${article} 301`);
    const nginx = readFileSync(join(fixture, 'nginx-redirects.conf'), 'utf8');
    expect(nginx).toContain(`"/html/2024/1121/88.html" "${article}";`);
    expect(nginx).toContain(`"/s/${code}" "${article}";`);
  });

  it('records every page it built in the committed manifest, which the build left as it was', () => {
    expect(serializeManifest(manifest)).toBe(manifestText);
    const redirectPages = [...manifest].filter(([, record]) => record.to).map(([path]) => path);
    const shortPages = [...manifest].flatMap(([, record]) => (record.short ? [`/s/${record.short}/`] : []));
    const pages = pagePaths(fixture).filter((path) => path !== '/404.html');
    expect(pages.filter((path) => !manifest.has(path) && !shortPages.includes(path))).toEqual([]);
    for (const path of redirectPages) expect(pages).toContain(path);
  });
});

describe('fixture site: drafts, scheduling, corrections, withdrawals', () => {
  it('leaves a scheduled item out until its date', () => {
    expect(existsSync(join(fixture, 'news/2099'))).toBe(false);
    expect(textOf(readPage(fixture, '/news/'))).not.toContain('定时发布的稿件');
  });

  it('shows the correction with its date on the article', () => {
    const correction = select(readPage(fixture, article), (el) => el.name === 'aside')[0];
    expect(textOf(correction!)).toBe('2024年11月25日更正:培训天数原写为两天,已更正为三天。');
  });

  it('keeps a withdrawn item’s page, saying when and why, and lists it nowhere', () => {
    const page = readPage(fixture, '/news/2023/chehui-gaojian/');
    const text = textOf(byTag(page, 'main')[0]!);
    expect(text).toContain('本页内容已于2024年1月10日撤下。');
    expect(text).toContain('原因:稿件中的活动安排有误。');
    expect(text).not.toContain('撤下前的正文');
    for (const list of ['/news/', '/news/2023/', '/cities/jilin/']) {
      expect(mainLinks(readPage(fixture, list)), list).not.toContain('/news/2023/chehui-gaojian/');
    }
  });
});
