import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { projectRoot } from '../support/astro-cli.ts';

describe('未经审核不得发布: the sample site requires review', () => {
  it('is configured so', () => {
    expect(site.requireReview).toBe(true);
  });

  it('shows on every news page who reviewed it', () => {
    const dist = inject('sampleDist');
    const articles = globSync('*/*.{md,mdx}', { cwd: join(projectRoot, 'content/news') }).map((file) =>
      file.replace(/\.mdx?$/, ''),
    );
    expect(articles.length).toBeGreaterThan(10);
    for (const id of articles) {
      const html = readFileSync(join(dist, 'news', id, 'index.html'), 'utf8');
      // 審核 on a page in traditional script.
      expect(html, id).toMatch(/<dt>[审審]核:<\/dt>\s*<dd[^>]*>[^<]+<\/dd>/);
    }
  });
});
