import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url));

/** `npm run check -- <root>`, with the Node running the tests (24, which strips the types). */
function check(projectRoot: string) {
  return spawnSync(process.execPath, ['scripts/check.ts', projectRoot], { cwd: root, encoding: 'utf8' });
}

describe('scripts/check.ts', () => {
  it('passes a valid site and counts its entries', () => {
    const result = check(fixture('valid'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('内容检查通过:5 个条目。');
    expect(result.status).toBe(0);
  });

  it('refuses news without a reviewer, as the sample site requires review (site.requireReview)', () => {
    const result = check(fixture('review-missing'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^content\/news\/2024\/weishenhe\.md:8: credits\.reviewer: 本站要求新闻经审核后才能发布/m,
    );
    expect(result.stderr).toContain('内容检查未通过:2 个问题。');
  });

  it('lists every problem as file:line: field: message, sorted, and exits 1', () => {
    const result = check(fixture('unknown-field'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/columns/zuimei-zhiwei.md:6: sumary: 没有“sumary”这个字段:请检查拼写,或删去这一行',
      'content/news/2024/sanba-jie.md:9: credits.edtor: 没有“edtor”这个字段:请检查拼写,或删去这一行',
      '',
      '内容检查未通过:2 个问题。请按上面的文件和行号逐一修改。',
    ]);
  });
});
