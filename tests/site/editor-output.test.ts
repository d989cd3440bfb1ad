import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { importContext } from '../../scripts/lib/import-context.ts';
import { importArticle, importContextOf, type SiteContent } from '../../src/import/index.ts';
import { htmlFiles } from '../../src/lib/html-files.ts';
import { projectRoot } from '../support/astro-cli.ts';

const dist = inject('sampleDist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** Every script and stylesheet a page loads, as paths. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
}

/** A script of the site and every script it imports, at once or later (`import()`), as paths. */
function withImports(script: string, seen = new Set<string>()): Set<string> {
  if (seen.has(script) || !script.endsWith('.js') || !existsSync(join(dist, script))) return seen;
  seen.add(script);
  const code = read(script.slice(1));
  // Imports by relative path, and the chunks Vite's preload list names from the site's root (`"_astro/x.js"`).
  for (const [, path] of code.matchAll(/["'`]((?:\.{1,2}\/|\/)?[\w./-]+\.js)["'`]/g)) {
    const from = path!.startsWith('.') ? posix.join(dirname(script), path!) : `/${path!.replace(/^\//, '')}`;
    withImports(from, seen);
  }
  return seen;
}

describe('the editor in the built site', () => {
  it('is served by the site itself under /admin/: page, configuration and Decap CMS', () => {
    expect(existsSync(join(dist, 'admin/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'admin/vendor/decap-cms.js'))).toBe(true);
    const config = JSON.parse(read('admin/config.json')) as { locale: string; collections: { name: string }[] };
    expect(config.locale).toBe('zh_Hans');
    expect(config.collections.map((collection) => collection.name)).toEqual([
      'news',
      'people',
      'brands',
      'columns',
      'cities',
    ]);
    // Nothing the editor page loads comes from another site.
    for (const asset of assetsOf(read('admin/index.html'))) expect(asset).toMatch(/^\//);
  });

  it('loosens the content policy for the editor page alone', () => {
    const policyOf = (file: string) => /http-equiv="content-security-policy" content="([^"]*)"/.exec(read(file))?.[1];
    expect(policyOf('admin/index.html')).toContain("'unsafe-eval'");
    expect(policyOf('admin/index.html')).toContain("connect-src 'self'");
    for (const file of htmlFiles(dist).filter((page) => !page.startsWith('admin/'))) {
      // 'wasm-unsafe-eval' (the search's WebAssembly) is not 'unsafe-eval'.
      expect(policyOf(file) ?? '', file).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    }
  });

  it('adds nothing to public pages: none references the editor or its code', () => {
    const admin = read('admin/index.html');
    const editorScripts = assetsOf(admin).filter((asset) => asset.endsWith('.js'));
    expect(editorScripts.length).toBeGreaterThan(0);
    const pages = htmlFiles(dist).filter((file) => !file.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = read(file);
      expect(html, file).not.toMatch(/\/admin\/|decap/i);
      for (const script of editorScripts) expect(html, file).not.toContain(script);
    }
  });

  it('loads none of its code, the import screen and the importer included, into a reader’s page', () => {
    const editor = [...withImports(assetsOf(read('admin/index.html')).find((asset) => asset.endsWith('.js'))!)];
    const code = editor.map((script) => read(script.slice(1))).join('\n');
    // The import screen and the Word reader are chunks of the editor's page, fetched only when used.
    expect(code).toContain('jinguo-import');
    expect(code).toMatch(/mammoth|officeDocument/);
    const readers = new Set(
      htmlFiles(dist)
        .filter((file) => !file.startsWith('admin/'))
        .flatMap((file) => assetsOf(read(file)).filter((asset) => asset.endsWith('.js'))),
    );
    const loaded = new Set([...readers].flatMap((script) => [...withImports(script)]));
    for (const script of loaded) {
      expect(read(script.slice(1)), script).not.toMatch(/jinguo-import|import-context\.json|officeDocument|decap/i);
    }
  });

  it('gives the import screen the site as npm run import reads it: the same article becomes the same draft', async () => {
    const site = JSON.parse(read('admin/import-context.json')) as SiteContent;
    expect(site.cities.map((city) => city.id)).toContain('liaocheng');
    expect([...site.urls]).toContain('/news/2024/liaocheng-linyi-jiaoliu/');
    const now = new Date('2026-06-01T12:00:00+08:00');
    // Written for this test: a pasted post that names its city, and one the site already has.
    const pasted = `聊城市妇联开展“巾帼护苗”暑期安全课\n2025-07-08 10:00\n7月7日，聊城市妇联在东昌府区开展暑期安全课，两百余名儿童参加。\n审核：孙丽`;
    const existing = readFileSync(join(projectRoot, 'content/news/2024/liaocheng-linyi-jiaoliu.md'), 'utf8');
    const again = `${/^title: (.+)$/m.exec(existing)![1]}\n${existing.split('---\n')[2]!.trim().split('\n\n')[0]}`;
    for (const text of [pasted, again]) {
      const input = { name: '粘贴的文字.txt', text };
      const inEditor = await importArticle(input, importContextOf({ ...site, now }));
      const inCli = await importArticle(input, importContext(projectRoot, now));
      expect(inEditor).toEqual(inCli);
    }
  });

  it('tells the import screen nothing readers cannot see: no draft, no item not yet due', () => {
    const fixture = inject('fixtureDist');
    const site = JSON.parse(readFileSync(join(fixture, 'admin/import-context.json'), 'utf8')) as SiteContent;
    const ids = site.news.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('2024/caogao-zhiwei');
    expect(ids).not.toContain('2099/dingshi-fabu');
    expect(JSON.stringify(site)).not.toMatch(/caogao-zhiwei|dingshi-fabu/);
  });

  it('keeps the editor out of the sitemap, search engines and the URL manifest', () => {
    expect(read('sitemap-0.xml')).not.toContain('/admin/');
    expect(readFileSync(join(projectRoot, 'content/urls.jsonl'), 'utf8')).not.toContain('"/admin/"');
    expect(read('robots.txt')).toContain('Disallow: /admin/');
    expect(read('admin/index.html')).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
