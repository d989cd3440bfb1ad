import { describe, expect, it } from 'vitest';
import type { UrlManifest } from '../../src/url-manifest/manifest.ts';
import { finalTarget, nearestPage, reconcileBuiltPages, reconcileEntries } from '../../src/url-manifest/reconcile.ts';
import { page } from './support.ts';

const published: UrlManifest = new Map([
  ['/news/2024/sanba-jie/', { entry: 'news/2024/sanba-jie', short: 'k7mq' }],
  ['/cities/jilin/', { entry: 'cities/jilin' }],
  ['/news/', {}],
]);

describe('reconcileEntries', () => {
  it('records new pages with a short code for news, people and brands only', () => {
    const { manifest, lost, added } = reconcileEntries(new Map(), [
      page('news/2024/sanba-jie'),
      page('people/fang-shuling'),
      page('cities/jilin'),
    ]);
    expect(lost).toEqual([]);
    expect(added).toEqual(['/cities/jilin/', '/news/2024/sanba-jie/', '/people/fang-shuling/']);
    expect(manifest.get('/news/2024/sanba-jie/')).toEqual({ entry: 'news/2024/sanba-jie', short: expect.any(String) });
    expect(manifest.get('/people/fang-shuling/')?.short).toMatch(/^[2-9a-hjkmnp-z]{4}$/);
    expect(manifest.get('/cities/jilin/')).toEqual({ entry: 'cities/jilin' });
  });

  it('keeps an existing code and leaves generated pages to the build', () => {
    const { manifest, lost, added } = reconcileEntries(published, [page('news/2024/sanba-jie'), page('cities/jilin')]);
    expect(lost).toEqual([]);
    expect(added).toEqual([]);
    expect(manifest).toEqual(published);
  });

  it('reports the old URL as lost when an entry is renamed without an alias', () => {
    const { lost } = reconcileEntries(published, [page('news/2024/sanba-jie-zuotan'), page('cities/jilin')]);
    expect(lost).toEqual([{ path: '/news/2024/sanba-jie/', was: { entry: 'news/2024/sanba-jie', short: 'k7mq' } }]);
  });

  it('turns the old URL into a redirect when the renamed entry lists it, and carries the short code over', () => {
    const renamed = page('news/2024/sanba-jie-zuotan', { aliases: [{ path: '/news/2024/sanba-jie/', line: 5 }] });
    const { manifest, lost, added } = reconcileEntries(published, [renamed, page('cities/jilin')]);
    expect(lost).toEqual([]);
    expect(added).toEqual(['/news/2024/sanba-jie-zuotan/']);
    expect(manifest.get('/news/2024/sanba-jie/')).toEqual({
      entry: 'news/2024/sanba-jie-zuotan',
      to: '/news/2024/sanba-jie-zuotan/',
    });
    expect(manifest.get('/news/2024/sanba-jie-zuotan/')).toEqual({
      entry: 'news/2024/sanba-jie-zuotan',
      short: 'k7mq',
    });
  });

  it('follows a moved year folder the same way', () => {
    const moved = page('news/2023/sanba-jie', { aliases: [{ path: '/news/2024/sanba-jie/', line: 5 }] });
    const { manifest, lost } = reconcileEntries(published, [moved, page('cities/jilin')]);
    expect(lost).toEqual([]);
    expect(manifest.get('/news/2023/sanba-jie/')?.short).toBe('k7mq');
  });

  it('needs a decision to delete an entry: lost until another entry takes the URL as an alias', () => {
    expect(reconcileEntries(published, [page('cities/jilin')]).lost.map((url) => url.path)).toEqual([
      '/news/2024/sanba-jie/',
    ]);
    const replacement = page('news/2024/funv-jie', { aliases: [{ path: '/news/2024/sanba-jie/', line: 4 }] });
    const merged = reconcileEntries(
      new Map([...published, ['/news/2024/funv-jie/', { entry: 'news/2024/funv-jie', short: 'abcd' }]]),
      [replacement, page('cities/jilin')],
    );
    expect(merged.lost).toEqual([]);
    // The target has a code of its own, so the old page keeps its code too: both printed codes still work.
    expect(merged.manifest.get('/news/2024/sanba-jie/')).toEqual({
      entry: 'news/2024/funv-jie',
      short: 'k7mq',
      to: '/news/2024/funv-jie/',
    });
  });

  it('keeps a withdrawn entry’s URL: its page says it was withdrawn', () => {
    const withdrawn = page('news/2024/sanba-jie', { state: 'withdrawn', live: true });
    expect(reconcileEntries(published, [withdrawn, page('cities/jilin')]).lost).toEqual([]);
  });

  it('names the entry when a published item becomes a draft or moves to a future date', () => {
    const draft = page('news/2024/sanba-jie', { state: 'draft', live: false });
    const [lost] = reconcileEntries(published, [draft, page('cities/jilin')]).lost;
    expect(lost?.path).toBe('/news/2024/sanba-jie/');
    expect(lost?.entry?.state).toBe('draft');
  });

  it('reports an alias that is taken away again', () => {
    const previous: UrlManifest = new Map([
      ['/news/2024/b/', { entry: 'news/2024/b', short: 'bbbb' }],
      ['/news/2024/a/', { entry: 'news/2024/b', to: '/news/2024/b/' }],
    ]);
    const { lost } = reconcileEntries(previous, [page('news/2024/b')]);
    expect(lost).toEqual([{ path: '/news/2024/a/', was: { entry: 'news/2024/b', to: '/news/2024/b/' } }]);
  });

  it('does not record drafts or future-dated items', () => {
    const { added } = reconcileEntries(new Map(), [page('news/2099/x', { state: 'scheduled', live: false })]);
    expect(added).toEqual([]);
  });
});

describe('reconcileBuiltPages', () => {
  it('records new generated pages and redirects gone ones to the nearest page above', () => {
    const previous: UrlManifest = new Map([
      ['/tags/lishi/', {}],
      ['/news/page/3/', {}],
      ['/news/', {}],
      ['/news/2024/a/', { entry: 'news/2024/a', short: 'aaaa' }],
    ]);
    const built = new Set(['/', '/news/', '/news/2024/a/', '/tags/', '/tags/zhiwei/']);
    const { manifest, redirected, added } = reconcileBuiltPages(previous, built);
    expect(redirected).toEqual([
      { path: '/tags/lishi/', to: '/tags/' },
      { path: '/news/page/3/', to: '/news/' },
    ]);
    expect(added).toEqual(['/', '/tags/', '/tags/zhiwei/']);
    expect(manifest.get('/tags/lishi/')).toEqual({ to: '/tags/' });
    expect(manifest.get('/news/2024/a/')).toEqual({ entry: 'news/2024/a', short: 'aaaa' });
  });

  it('turns a redirect back into a page when the page returns', () => {
    const { manifest } = reconcileBuiltPages(new Map([['/tags/lishi/', { to: '/tags/' }]]), new Set(['/tags/lishi/']));
    expect(manifest.get('/tags/lishi/')).toEqual({});
  });
});

describe('nearestPage and finalTarget', () => {
  it('climbs to the closest built page, ending at the home page', () => {
    const built = new Set(['/', '/tags/', '/tags/x/']);
    expect(nearestPage('/tags/x/page/4/', built)).toBe('/tags/x/');
    expect(nearestPage('/tags/y/page/2/', built)).toBe('/tags/');
    expect(nearestPage('/old/site/page.html', built)).toBe('/');
  });

  it('follows a chain of renames to the current page', () => {
    const manifest: UrlManifest = new Map([
      ['/a/', { to: '/b/' }],
      ['/b/', { to: '/c/' }],
      ['/c/', { entry: 'news/2024/c' }],
    ]);
    expect(finalTarget(manifest, '/a/')).toBe('/c/');
    expect(finalTarget(manifest, '/c/')).toBe('/c/');
  });
});
