import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../support/astro-cli.ts';

describe('a build of content saved in the wrong encoding', () => {
  it('fails, naming each file and its encoding, instead of publishing it garbled', () => {
    const { status, output } = buildSite({
      contentDir: join(projectRoot, 'tests/fixtures/content/wrong-encoding/content'),
      outDir: join(projectRoot, 'tests/.tmp/wrong-encoding-dist'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/news\/2024\/gbk-gao\.md:2: 文件不是 UTF-8 编码,看起来是 GBK\/GB18030/u);
    expect(output).toMatch(/news\/2024\/unicode-gao\.md:1: 文件不是 UTF-8 编码,看起来是 UTF-16/u);
    expect(output).toMatch(/news\/2024\/bad-byte\.md:11: 这一行有不是 UTF-8 的字节/u);
    expect(output).not.toMatch(/^\s+at /mu);
  });
});
