import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../src/lib/html-files.ts';
import { projectRoot } from '../support/astro-cli.ts';

const dist = inject('sampleDist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** Every script and stylesheet a page loads, as paths. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
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
      expect(policyOf(file) ?? '', file).not.toMatch(/unsafe-eval|unsafe-inline/);
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

  it('keeps the editor out of the sitemap, search engines and the URL manifest', () => {
    expect(read('sitemap-0.xml')).not.toContain('/admin/');
    expect(readFileSync(join(projectRoot, 'content/urls.jsonl'), 'utf8')).not.toContain('"/admin/"');
    expect(read('robots.txt')).toContain('Disallow: /admin/');
    expect(read('admin/index.html')).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
