import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/lib/url-manifest/manifest.ts';
import { buildSite, projectRoot } from '../support/astro-cli.ts';
import { readPage, select } from '../support/dist.ts';

// A copy of the fixture site with its committed manifest: the builds below may write to it.
const content = join(projectRoot, 'tests/.tmp/renamed-content');
const outDir = join(projectRoot, 'tests/.tmp/renamed-dist');
const oldFile = join(content, 'news/2024/sijie-peixun.md');
const newFile = join(content, 'news/2024/sijie-jiazheng-peixun.md');

beforeAll(() => {
  rmSync(content, { recursive: true, force: true });
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), content, { recursive: true });
  renameSync(oldFile, newFile);
  renameSync(oldFile.replace(/\.md$/, '.png'), newFile.replace(/\.md$/, '.png'));
  writeFileSync(newFile, readFileSync(newFile, 'utf8').replaceAll('./sijie-peixun.png', './sijie-jiazheng-peixun.png'));
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('renaming a published entry', () => {
  it('fails the build without an alias, naming the URL that would be lost', () => {
    const { status, output } = buildSite({ contentDir: content, outDir });
    expect(status).not.toBe(0);
    expect(output).toMatch(/urls\.json:\d+: 网址 \/news\/2024\/sijie-peixun\/ 将失效/);
    expect(output).toContain('aliases: [/news/2024/sijie-peixun/]');
    expect(output).not.toMatch(/^\s+at /m);
  }, 180_000);

  it('builds with the old URL as an alias, which redirects to the new page and keeps the short code', () => {
    const shortBefore = parseManifest(readFileSync(join(content, 'urls.json'), 'utf8')).get(
      '/news/2024/sijie-peixun/',
    )?.short;
    writeFileSync(
      newFile,
      readFileSync(newFile, 'utf8').replace(
        'aliases: [/news/2024/jilin-sijie-peixun/',
        'aliases: [/news/2024/sijie-peixun/, /news/2024/jilin-sijie-peixun/',
      ),
    );
    const { status, output } = buildSite({ contentDir: content, outDir });
    expect(status, output).toBe(0);
    const refresh = (path: string) =>
      select(readPage(outDir, path), (el) => el.attribs['http-equiv'] === 'refresh')[0]?.attribs.content;
    expect(refresh('/news/2024/sijie-peixun/')).toBe('0; url=/news/2024/sijie-jiazheng-peixun/');
    expect(refresh('/news/2024/jilin-sijie-peixun/')).toBe('0; url=/news/2024/sijie-jiazheng-peixun/');
    const after = parseManifest(readFileSync(join(content, 'urls.json'), 'utf8'));
    expect(after.get('/news/2024/sijie-jiazheng-peixun/')?.short).toBe(shortBefore);
    expect(refresh(`/s/${shortBefore}/`)).toBe('0; url=/news/2024/sijie-jiazheng-peixun/');
  }, 180_000);
});
