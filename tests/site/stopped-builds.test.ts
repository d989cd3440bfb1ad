import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../support/astro-cli.ts';
import { fileDigests } from '../support/dist.ts';

// Builds that once crashed, or deadlocked the URL manifest, on a copy of the fixture site with one mistake each.
const work = join(projectRoot, 'tests/.tmp', `stopped-builds-${process.pid}`);
const content = join(work, 'content');
const outDir = join(work, 'dist');
const manifest = join(content, 'urls.jsonl');
const article = join(content, 'news/2024/zhiwei-xuanjiang.md');

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), content, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>上次发布的网站</title>');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build stopped before it publishes anything', () => {
  it('refuses /favicon.svg as an alias with the file and line in Chinese, and changes nothing', () => {
    const text = readFileSync(article, 'utf8');
    writeFileSync(article, text.replace(/^date: /m, 'aliases: [/favicon.svg]\ndate: '));
    const line = text.split('\n').findIndex((row) => row.startsWith('date: ')) + 1;
    const before = { manifest: readFileSync(manifest), dist: fileDigests(outDir) };
    const { status, output } = buildSite({ contentDir: content, outDir });
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      `news/2024/zhiwei-xuanjiang.md:${line}: aliases.0: 这个网址是 public 文件夹里的文件 public/favicon.svg,不能用作旧网址`,
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect({ manifest: readFileSync(manifest), dist: fileDigests(outDir) }).toEqual(before);
  });

  it('names a cover that is no picture by file, line and field in Chinese, without a stack trace', () => {
    writeFileSync(join(content, 'news/2024/sijie-peixun.png'), '<html>下载失败的页面,不是图片</html>');
    const { status, output } = buildSite({ contentDir: content, outDir });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/news\/2024\/sijie-peixun\.md:\d+: cover\.src: 图片“\.\/sijie-peixun\.png”打不开/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/NoImageMetadata|Stack trace/);
  });

  it('stops on a urls.jsonl with a line cut short, naming it and its line in Chinese, and leaves it as it is', () => {
    const broken = readFileSync(manifest, 'utf8').replace('{"url":"/news/"}', '{"url":"/news/"');
    writeFileSync(manifest, broken);
    const line = broken.split('\n').indexOf('{"url":"/news/"') + 1;
    const { status, output } = buildSite({ contentDir: content, outDir });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`urls\\.jsonl:${line}: 网址清单的这一行不完整:请用 git 恢复这个文件`));
    expect(output).not.toMatch(/^\s+at /m);
    expect(readFileSync(manifest, 'utf8')).toBe(broken);
  });
});
