import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { formatKb, pageWeight } from '../../scripts/lib/page-weight.ts';
import { byTag, pagePaths, readPage, select, textOf } from '../support/dist.ts';

const sample = inject('sampleDist');

/** HTML + CSS + JS a reader downloads for an article, gzip, images excluded. */
const ARTICLE_BUDGET = 30 * 1024;

const articles = () => pagePaths(sample).filter((path) => /^\/news\/\d{4}\/(?!page\/)[^/]+\/$/.test(path));

describe('sample site: performance budget', () => {
  it('keeps every article page within 30 KB of HTML, CSS and JS, gzip', () => {
    expect(articles().length).toBeGreaterThan(15);
    const over = articles()
      .map((path) => ({ path, weight: pageWeight(sample, path) }))
      .filter(({ weight }) => weight.total > ARTICLE_BUDGET)
      .map(({ path, weight }) => `${path}: ${formatKb(weight.total)}`);
    expect(over).toEqual([]);
  });

  it('runs no script on an article page but the reading-settings code, all inline', () => {
    for (const path of articles()) {
      const scripts = byTag(readPage(sample, path), 'script');
      expect(scripts.map((script) => script.attribs.src).filter(Boolean), path).toEqual([]);
      const code = scripts.map((script) => textOf(script));
      expect(code, path).toHaveLength(2);
      expect(code[0], path).toContain('jinguo:reading');
      expect(code[1], path).toMatch(/customElements\.define\(["'`]reading-settings["'`]/);
    }
  });

  it('loads script files on the search page only', () => {
    const withFiles = pagePaths(sample).filter((path) =>
      byTag(readPage(sample, path), 'script').some((script) => script.attribs.src),
    );
    expect(withFiles).toEqual(['/search/']);
    const html = (path: string) =>
      readFileSync(join(sample, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
    for (const path of pagePaths(sample).filter((candidate) => candidate !== '/search/')) {
      expect(html(path), path).not.toMatch(/pagefind/i);
    }
  });
});

describe('sample site: images', () => {
  it('gives every picture alt text, a width and a height', () => {
    for (const path of pagePaths(sample)) {
      for (const img of byTag(readPage(sample, path), 'img')) {
        expect(img.attribs.alt, `${path}: ${img.attribs.src}`).toBeDefined();
        expect(Number(img.attribs.width), `${path}: ${img.attribs.src}`).toBeGreaterThan(0);
        expect(Number(img.attribs.height), `${path}: ${img.attribs.src}`).toBeGreaterThan(0);
      }
    }
  });

  it('offers AVIF and WebP with a fallback for every content picture', () => {
    let pictures = 0;
    for (const path of pagePaths(sample)) {
      const doc = readPage(sample, path);
      const main = byTag(doc, 'main')[0]!;
      for (const img of select(doc, (el) => el.name === 'img' && (el.attribs.src ?? '').startsWith('/_astro/'))) {
        if (!isInside(img, main)) continue;
        pictures++;
        const picture = img.parent as typeof img;
        expect(picture.name, `${path}: ${img.attribs.src}`).toBe('picture');
        const types = DomUtils.findAll((el) => el.name === 'source', picture.children).map(
          (source) => source.attribs.type,
        );
        expect(types, `${path}: ${img.attribs.src}`).toEqual(['image/avif', 'image/webp']);
        expect(img.attribs.src, path).toMatch(/\.(jpe?g|png)$/);
      }
    }
    expect(pictures).toBeGreaterThan(20);
  });

  it('loads list pictures lazily and an article’s cover at once', () => {
    const lazy = (path: string) =>
      select(readPage(sample, path), (el) => el.name === 'img' && !('hidden' in el.attribs)).map(
        (img) => img.attribs.loading,
      );
    // The header emblem is tiny and at the top; the pictures below it wait until scrolled to.
    const home = lazy('/').slice(1);
    expect(home.length).toBeGreaterThan(3);
    expect(new Set(home)).toEqual(new Set(['lazy']));
    // After the emblem comes the cover at the top of the article.
    expect(lazy('/news/2024/jilin-ponan-xingdong/').slice(1, 2)).toEqual(['eager']);
  });
});

function isInside(node: { parent: unknown }, ancestor: unknown): boolean {
  for (let current = node.parent; current; current = (current as { parent: unknown }).parent) {
    if (current === ancestor) return true;
  }
  return false;
}
