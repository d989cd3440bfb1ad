import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import sharp from 'sharp';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { decodeQr } from '../support/qr.ts';
import { byTag, mainLinks, pagePaths, readPage, resolvesInDist, select } from '../support/dist.ts';

const sample = inject('sampleDist');
const fixture = inject('fixtureDist');

/** The content of a `<meta>` found by property, name or itemprop. */
function meta(doc: Document, key: string): string | undefined {
  const [found] = select(
    doc,
    (el) =>
      el.name === 'meta' && (el.attribs.property === key || el.attribs.name === key || el.attribs.itemprop === key),
  );
  return found?.attribs.content;
}

function itemprop(doc: Document, key: string): string[] {
  return select(doc, (el) => el.name === 'meta' && el.attribs.itemprop === key).map((el) => el.attribs.content ?? '');
}

function inside(element: Element, tag: string): Element[] {
  return DomUtils.findAll((el) => el.name === tag, element.children);
}

function link(doc: Document, rel: string): string[] {
  return select(doc, (el) => el.name === 'link' && el.attribs.rel === rel).map((el) => el.attribs.href ?? '');
}

/** A site URL as a path inside dist/, or undefined when it points elsewhere. */
function distPath(url: string): string | undefined {
  const parsed = new URL(url);
  return parsed.origin === new URL(site.url).origin ? decodeURIComponent(parsed.pathname) : undefined;
}

/** Redirect pages (short links, old addresses) only send the reader on; they are not pages to share. */
function isRedirect(dist: string, path: string): boolean {
  return select(readPage(dist, path), (el) => el.name === 'meta' && el.attribs['http-equiv'] === 'refresh').length > 0;
}

/** Every page a reader can land on and share, the 404 page included. */
const sitePages = (dist: string) => pagePaths(dist).filter((path) => !isRedirect(dist, path));
const pages = (dist: string) => sitePages(dist).filter((path) => path !== '/404.html');

describe.each([
  ['sample site', () => sample],
  ['fixture site', () => fixture],
])('%s: what a shared link shows', (_name, dist) => {
  it('gives every page its own title, a description, a canonical URL and Open Graph tags', () => {
    const titles = new Map<string, string>();
    for (const path of pages(dist())) {
      const doc = readPage(dist(), path);
      const title = DomUtils.textContent(byTag(doc, 'title')[0]!);
      expect(title, path).toMatch(new RegExp(`\\S.* \\| ${site.name}|^${site.name} \\| `));
      titles.set(title, [titles.get(title), path].filter(Boolean).join(' and '));
      const url = new URL(path, site.url).href;
      expect(link(doc, 'canonical'), path).toEqual([url]);
      expect(meta(doc, 'og:url'), path).toBe(url);
      expect(meta(doc, 'description')?.trim(), path).toBeTruthy();
      if (meta(doc, 'og:type') !== 'website') expect(meta(doc, 'description'), path).not.toBe(site.tagline);
      expect(meta(doc, 'og:description'), path).toBe(meta(doc, 'description'));
      expect(meta(doc, 'og:title')?.length, path).toBeGreaterThan(0);
      expect(meta(doc, 'og:locale'), path).toMatch(/^zh_(CN|HK)$/);
      expect(['website', 'article', 'profile'], path).toContain(meta(doc, 'og:type'));
      expect(itemprop(doc, 'name'), path).toEqual([meta(doc, 'og:title')]);
      expect(itemprop(doc, 'description'), path).toEqual([meta(doc, 'description')]);
      expect(itemprop(doc, 'image'), path).toEqual([meta(doc, 'og:image')]);
    }
    // Paginated lists say which page they are; no two pages share a title.
    expect([...titles.values()].filter((paths) => paths.includes(' and '))).toEqual([]);
  });

  it('marks articles and profiles as such, and keeps the 404 page out of search engines', () => {
    const article = pages(dist()).find(
      (path) => select(readPage(dist(), path), (el) => el.attribs['data-search-record'] === 'news').length > 0,
    );
    expect(meta(readPage(dist(), article!), 'og:type')).toBe('article');
    expect(meta(readPage(dist(), article!), 'article:published_time')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(meta(readPage(dist(), '/people/fang-shuling/'), 'og:type')).toBe('profile');
    const notFound = readPage(dist(), '/404.html');
    expect(meta(notFound, 'robots')).toBe('noindex');
    expect(link(notFound, 'canonical')).toEqual([]);
  });

  it('shares a built picture of at least 300×300 from every page, absolute, and puts it first in the body', async () => {
    const checked = new Map<string, { width: number; height: number }>();
    for (const path of sitePages(dist())) {
      const doc = readPage(dist(), path);
      const image = meta(doc, 'og:image')!;
      expect(image, path).toMatch(/^https:\/\//);
      expect(itemprop(doc, 'image'), path).toEqual([image]);
      const file = distPath(image);
      expect(file, `${path}: ${image}`).toBeDefined();
      if (!checked.has(file!)) {
        expect(existsSync(join(dist(), file!)), `${path}: ${file}`).toBe(true);
        const { width = 0, height = 0 } = await sharp(join(dist(), file!)).metadata();
        checked.set(file!, { width, height });
      }
      const size = checked.get(file!)!;
      expect(size.width, `${path}: ${file}`).toBeGreaterThanOrEqual(300);
      expect(size.height, `${path}: ${file}`).toBeGreaterThanOrEqual(300);
      expect(meta(doc, 'og:image:width')).toBe(String(size.width));
      expect(meta(doc, 'og:image:height')).toBe(String(size.height));
      // WeChat takes the first big picture in the page: the same one, before anything else.
      const [first] = byTag(doc, 'img');
      expect(first?.attribs.src, path).toBe(file);
      expect(first?.attribs.alt, path).toBe('');
    }
  });
});

describe('sample site: share pictures', () => {
  it('shares an article’s own cover, a person’s portrait and a brand’s logo', () => {
    const cover = meta(readPage(sample, '/news/2024/jilin-ponan-xingdong/'), 'og:image');
    expect(cover).toMatch(/\/_astro\/jilin-ponan-xingdong\.[^/]+\.jpe?g$/);
    expect(meta(readPage(sample, '/people/wu-yunping/'), 'og:image')).toMatch(/\/_astro\/wu-yunping\.[^/]+\.jpe?g$/);
    expect(meta(readPage(sample, '/brands/jilin-sijie/'), 'og:image')).toMatch(
      /\/_astro\/jilin-sijie-logo\.[^/]+\.jpe?g$/,
    );
  });

  it('shares the city card from a page of that city with no picture, and the site card elsewhere', () => {
    expect(meta(readPage(sample, '/cities/liaocheng/'), 'og:image')).toBe(`${site.url}/share/liaocheng.png`);
    expect(meta(readPage(sample, '/news/2024/liaocheng-zhiwei-lvzhi/'), 'og:image')).toBe(
      `${site.url}/share/liaocheng.png`,
    );
    expect(meta(readPage(sample, '/'), 'og:image')).toBe(`${site.url}/share/site.png`);
    expect(meta(readPage(sample, '/tags/'), 'og:image')).toBe(`${site.url}/share/site.png`);
  });
});

describe('sample site: QR codes', () => {
  const withQr = () =>
    sitePages(sample).filter((path) => /^\/(news\/\d{4}\/(?!page\/)[^/]+|people\/[^/]+|brands\/[^/]+)\/$/.test(path));

  it('puts a QR code of the page’s short link on every article, person and brand page', () => {
    expect(withQr().length).toBeGreaterThan(20);
    for (const path of withQr()) {
      const doc = readPage(sample, path);
      const figures = select(doc, (el) => el.name === 'figure' && 'data-qr' in el.attribs);
      expect(figures, path).toHaveLength(1);
      const target = figures[0]!.attribs['data-qr']!;
      // The short link shown on the page, which redirects back to the page itself.
      expect(mainLinks(doc), path).toContain(target);
      const short = distPath(target)!;
      expect(short, path).toMatch(/^\/s\/[a-z0-9]{4,}\/$/);
      expect(link(readPage(sample, short), 'canonical'), path).toEqual([new URL(path, site.url).href]);
      expect(inside(figures[0]!, 'svg')[0]?.attribs.role, path).toBe('img');
    }
    expect(select(readPage(sample, '/'), (el) => 'data-qr' in el.attribs)).toEqual([]);
  });

  it('draws a code that a decoder reads back as the page’s short link', async () => {
    // Parsed keeping attribute case: SVG needs `viewBox`, not the `viewbox` an HTML parser makes of it.
    const html = readFileSync(join(sample, 'news/2024/jilin-ponan-xingdong/index.html'), 'utf8');
    const doc = parseDocument(html, { lowerCaseAttributeNames: false });
    const [figure] = DomUtils.findAll((el) => el.name === 'figure' && 'data-qr' in el.attribs, doc.children);
    const [svg] = inside(figure!, 'svg');
    expect(svg).toBeDefined();
    const decoded = await decodeQr(DomUtils.getOuterHTML(svg!, { xmlMode: true }));
    expect(decoded).toBe(figure!.attribs['data-qr']);
    expect(decoded).toMatch(new RegExp(`^${site.url}/s/[a-z0-9]{4,}/$`));
  });

  it('is no bare picture: the decoder finds nothing in a blank square', async () => {
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37"><path fill="#fff" d="M0 0h37v37H0z"/></svg>';
    expect(await decodeQr(blank)).toBeUndefined();
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'sitemap' || name === 'url',
});

function readXml(dist: string, path: string) {
  const xml = readFileSync(join(dist, path), 'utf8');
  expect(XMLValidator.validate(xml), path).toBe(true);
  return parser.parse(xml);
}

describe('sample site: feeds, sitemap and robots.txt', () => {
  const cities = () =>
    pagePaths(sample)
      .map((path) => /^\/cities\/([^/]+)\/$/.exec(path)?.[1])
      .filter((id): id is string => Boolean(id));

  it('publishes a valid site-wide feed with the full text of each item', () => {
    const channel = readXml(sample, 'rss.xml').rss.channel;
    expect(channel.title).toBe(site.name);
    expect(channel.item.length).toBeGreaterThan(10);
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^${site.url}/news/\\d{4}/[a-z0-9-]+/$`));
      expect(resolvesInDist(sample, new URL(item.link).pathname)).toBe(true);
      expect(item['content:encoded']).toMatch(/<p>[^<]{10,}/);
      expect(item['content:encoded']).not.toMatch(/(?:src|href)="\/(?!\/)/);
    }
    // The MDX entry is rendered too, not left empty.
    const mdx = channel.item.find((item: { link: string }) => item.link.endsWith('/zhiwei-xuanjiangtuan/'));
    expect(mdx?.['content:encoded']).toContain('<p>');
  });

  it('publishes one valid feed per city, holding that city’s news only', () => {
    expect(cities()).toHaveLength(6);
    for (const city of cities()) {
      const channel = readXml(sample, `cities/${city}/rss.xml`).rss.channel;
      const cityNews = new Set(
        pagePaths(sample)
          .filter((path) => path === `/cities/${city}/` || path.startsWith(`/cities/${city}/page/`))
          .flatMap((path) => select(readPage(sample, path), (el) => el.name === 'a').map((a) => a.attribs.href)),
      );
      for (const item of channel.item ?? []) expect(cityNews, city).toContain(new URL(item.link).pathname);
      expect(link(readPage(sample, `/cities/${city}/`), 'alternate')).toContain(`${site.url}/cities/${city}/rss.xml`);
    }
    expect(readXml(sample, 'cities/jilin/rss.xml').rss.channel.item.length).toBeGreaterThan(3);
  });

  it('links the site feed from every page', () => {
    for (const path of sitePages(sample)) {
      expect(link(readPage(sample, path), 'alternate'), path).toContain(`${site.url}/rss.xml`);
    }
  });

  it('lists every page but the 404 in the sitemap, and points robots.txt at it', () => {
    const index = readXml(sample, 'sitemap-index.xml').sitemapindex.sitemap;
    const urls = index.flatMap(
      (entry: { loc: string }) => readXml(sample, distPath(entry.loc)!.slice(1)).urlset.url as { loc: string }[],
    );
    const listed = urls.map((url: { loc: string }) => distPath(url.loc)).sort();
    expect(listed).toEqual(pages(sample));
    expect(readFileSync(join(sample, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
  });
});
