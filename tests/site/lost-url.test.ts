import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseManifest } from '../../src/url-manifest/manifest.ts';
import { readPage, select } from '../support/dist.ts';

// Built by the global setup: see tests/support/renamed-site.ts.
const { content, outDir, shortBefore, withoutAlias, withAlias } = inject('renamedSite');

const refresh = (path: string) =>
  select(readPage(outDir, path), (el) => el.attribs['http-equiv'] === 'refresh')[0]?.attribs.content;

describe('renaming a published entry', () => {
  it('fails the build without an alias, naming the URL that would be lost', () => {
    expect(withoutAlias.status).not.toBe(0);
    expect(withoutAlias.output).toMatch(/urls\.jsonl:\d+: 网址 \/news\/2024\/sijie-peixun\/ 将失效/);
    expect(withoutAlias.output).toContain('aliases: [/news/2024/sijie-peixun/]');
    expect(withoutAlias.output).not.toMatch(/^\s+at /m);
  });

  it('builds with the old URL as an alias, which redirects to the new page', () => {
    expect(withAlias.status, withAlias.output).toBe(0);
    expect(refresh('/news/2024/sijie-peixun/')).toBe('0; url=/news/2024/sijie-jiazheng-peixun/');
    expect(refresh('/news/2024/jilin-sijie-peixun/')).toBe('0; url=/news/2024/sijie-jiazheng-peixun/');
  });

  it('keeps the short code printed before the rename', () => {
    expect(shortBefore).toMatch(/^[2-9a-hjkmnp-z]{4}$/);
    const after = parseManifest(readFileSync(join(content, 'urls.jsonl'), 'utf8'));
    expect(after.get('/news/2024/sijie-jiazheng-peixun/')?.short).toBe(shortBefore);
    expect(refresh(`/s/${shortBefore}/`)).toBe('0; url=/news/2024/sijie-jiazheng-peixun/');
  });
});
