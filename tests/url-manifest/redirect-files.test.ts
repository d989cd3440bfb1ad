import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/safety/csp.ts';
import type { UrlManifest } from '../../src/url-manifest/manifest.ts';
import {
  netlifyRedirects,
  nginxMap,
  redirectFile,
  redirectPage,
  redirectsOf,
} from '../../src/url-manifest/redirect-files.ts';

const manifest: UrlManifest = new Map([
  ['/news/2024/a/', { entry: 'news/2024/c', to: '/news/2024/b/' }],
  ['/news/2024/b/', { entry: 'news/2024/c', to: '/news/2024/c/' }],
  ['/news/2024/c/', { entry: 'news/2024/c', short: 'k7mq' }],
  ['/旧栏目/', { entry: 'news/2024/c', to: '/news/2024/c/' }],
  ['/tags/', {}],
]);

describe('redirectsOf', () => {
  it('sends every old URL and short link straight to the current page', () => {
    expect(redirectsOf(manifest, new Map([['/news/2024/c/', '三八节座谈会']]))).toEqual([
      { from: '/news/2024/a/', to: '/news/2024/c/', title: '三八节座谈会' },
      { from: '/news/2024/b/', to: '/news/2024/c/', title: '三八节座谈会' },
      { from: '/s/k7mq/', to: '/news/2024/c/', title: '三八节座谈会' },
      { from: '/旧栏目/', to: '/news/2024/c/', title: '三八节座谈会' },
    ]);
  });
});

describe('redirect page', () => {
  const html = redirectPage(
    { from: '/s/k7mq/', to: '/news/2024/c/', title: '三八节<座谈会>' },
    'https://jinguo.example.cn',
    {
      lang: 'zh-Hans',
      title: '页面已迁移',
      body: '正在为您跳转。',
      siteName: '巾帼之窗',
    },
  );
  const doc = parseDocument(html);
  const find = (test: (el: { name: string; attribs: Record<string, string> }) => boolean) =>
    DomUtils.findOne(test, doc.children, true);

  it('refreshes to the target, names it canonical and keeps it out of search results', () => {
    expect(find((el) => el.attribs['http-equiv'] === 'refresh')?.attribs.content).toBe('0; url=/news/2024/c/');
    expect(find((el) => el.name === 'link' && el.attribs.rel === 'canonical')?.attribs.href).toBe(
      'https://jinguo.example.cn/news/2024/c/',
    );
    expect(find((el) => el.name === 'meta' && el.attribs.name === 'robots')?.attribs.content).toBe('noindex');
  });

  it('shows readers a link with the page title, escaped', () => {
    const link = find((el) => el.name === 'a');
    expect(link?.attribs.href).toBe('/news/2024/c/');
    expect(DomUtils.textContent(link!)).toBe('三八节<座谈会>');
    expect(html).toContain('三八节&#60;座谈会&#62;');
    expect(find((el) => el.name === 'html')?.attribs.lang).toBe('zh-Hans');
  });

  it('carries a Content-Security-Policy, first in <head>: no script, nothing loaded, only its own style by hash', () => {
    const head = find((el) => el.name === 'head')!;
    const metas = DomUtils.getElementsByTagName('meta', head);
    const policy = metas.find((el) => el.attribs['http-equiv'] === 'Content-Security-Policy')?.attribs.content ?? '';
    expect(metas.indexOf(metas.find((el) => el.attribs['http-equiv'] === 'Content-Security-Policy')!)).toBe(1);
    const directives = Object.fromEntries(policy.split(/;\s*/).map((item) => [item.split(' ')[0], item]));
    expect(directives['default-src']).toBe("default-src 'none'");
    expect(directives['script-src']).toBeUndefined();
    expect(directives['base-uri']).toBe("base-uri 'none'");
    const style = DomUtils.textContent(find((el) => el.name === 'style')!);
    expect(directives['style-src']).toBe(`style-src '${cspHash(style)}'`);
    // No other inline style or script for the policy to refuse.
    expect(DomUtils.getElementsByTagName('style', doc).length).toBe(1);
    expect(DomUtils.getElementsByTagName('script', doc).length).toBe(0);
    expect(html).not.toMatch(/ style=/);
  });
});

describe('hosting redirect files', () => {
  const redirects = [
    { from: '/s/k7mq/', to: '/news/2024/c/' },
    { from: '/旧栏目/', to: '/news/2024/c/' },
  ];

  it('writes _redirects lines with percent-encoded paths and status 301', () => {
    expect(netlifyRedirects(redirects).split('\n').slice(1, 3)).toEqual([
      '/s/k7mq/ /news/2024/c/ 301',
      '/%E6%97%A7%E6%A0%8F%E7%9B%AE/ /news/2024/c/ 301',
    ]);
  });

  it('writes an nginx map keyed on the decoded $uri, with and without the trailing slash', () => {
    const map = nginxMap(redirects);
    expect(map).toContain('map $uri $jinguo_redirect {');
    expect(map).toContain('    "/s/k7mq/" "/news/2024/c/";');
    expect(map).toContain('    "/s/k7mq" "/news/2024/c/";');
    expect(map).toContain('    "/旧栏目/" "/news/2024/c/";');
    expect(map.trimEnd().endsWith('}')).toBe(true);
  });

  it('puts directory URLs in index.html and keeps .html pages of an earlier site as files', () => {
    expect(redirectFile('/s/k7mq/')).toBe('s/k7mq/index.html');
    expect(redirectFile('/html/2017/0915/123.html')).toBe('html/2017/0915/123.html');
    expect(redirectFile('/old/123')).toBe('old/123/index.html');
    expect(redirectFile('/%E6%97%A7/')).toBe('旧/index.html');
  });
});
