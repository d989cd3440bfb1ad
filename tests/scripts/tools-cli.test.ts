import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, tempRoot } from './support.ts';

let root: string;
let remove: () => void;

beforeEach(() => ({ root, remove } = tempRoot()));
afterEach(() => remove());

/** `npm run <script> -- …`, run with the Node running the tests (24, which strips the types). */
function run(script: string, args: string[], input?: string) {
  return spawnSync(process.execPath, [`scripts/${script}.ts`, ...args, '--root', root], {
    cwd: projectRoot,
    encoding: 'utf8',
    input,
  });
}

describe('npm run new', () => {
  it('prints the path of the file it wrote', () => {
    const result = run('new', ['brand', '巾帼志愿服务队', '--city', 'jilin']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('content/brands/jinguo-zhiyuan-fuwu-dui.md');
    expect(readFileSync(join(root, result.stdout.trim()), 'utf8')).toContain('city: jilin');
  });

  it('explains a wrong call in Chinese, with no stack trace', () => {
    const result = run('new', ['article', '标题']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('不认识“article”这种内容');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
