import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot, runAstro } from '../support/astro-cli.ts';

describe('a build of broken content', () => {
  it('fails and names the file, the field and the missing city', () => {
    const { status, output } = buildSite({
      contentDir: join(projectRoot, 'tests/fixtures/content/dangling-reference/content'),
      outDir: join(projectRoot, 'tests/.tmp/broken-dist'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/news\/2024\/[a-z-]+\.md:\d+: city: 找不到城市“[a-z-]+”/);
    expect(output).not.toMatch(/^\s+at /m);
  });

  // Astro loads the content while the checks run; its own loader fails on this file (with a stack trace) sooner.
  it('where Astro’s own loader fails first, still gives only the list', () => {
    const { status, output } = buildSite({
      contentDir: join(projectRoot, 'tests/fixtures/content/yaml-error/content'),
      outDir: join(projectRoot, 'tests/.tmp/broken-yaml-dist'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/cities\/jilin\.md:3: “federation”后面是中文冒号“：”/);
    expect(output).toMatch(/\[内容检查未通过\]/);
    expect(output).toMatch(/1 个问题,构建已停止。/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Stack trace/);
  });

  it('makes astro sync (and so astro check) fail too, where Astro alone would exit 0', () => {
    const { status, output } = runAstro(['sync'], {
      JINGUO_CONTENT_DIR: join(projectRoot, 'tests/fixtures/content/dangling-reference/content'),
      JINGUO_CACHE_DIR: join(projectRoot, 'tests/.tmp/.cache-broken-sync'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/city: 找不到城市/);
  });
});
