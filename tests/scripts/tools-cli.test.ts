import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const ARTICLE = '社区里的妇女之家开放了，三十多位妇女参加了开放日的活动，大家都说收获很大。';

describe('every command on a manifest that cannot be read', () => {
  const broken = {
    'a line cut short': {
      file: 'urls.jsonl',
      text: '{"url":"/"}\n{"url":"/news/2024/a/","entry":"news/2024/a"\n',
      line: /content\/urls\.jsonl:2: 网址清单的这一行不完整/,
    },
    'a hand-edited short code': {
      file: 'urls.jsonl',
      text: '{"about":"网址清单"}\n{"url":"/"}\n{"url":"/news/2024/a/","entry":"news/2024/a","short":"../../x"}\n',
      line: /content\/urls\.jsonl:3: \/news\/2024\/a\/ 的短码“\.\.\/\.\.\/x”不对/,
    },
    'conflict markers left by a merge without .gitattributes': {
      file: 'urls.jsonl',
      text: '{"url":"/"}\n<<<<<<< HEAD\n{"url":"/news/2024/a/","entry":"news/2024/a"}\n=======\n',
      line: /content\/urls\.jsonl:2: 这里是 git 合并冲突留下的标记/,
    },
    'the older single-object file, not JSON': {
      file: 'urls.json',
      text: '{\n  "urls": {\n    "/news/2024/a/": {"entry": "news/2024/a"\n  }\n}\n',
      line: /content\/urls\.json:\d+: 网址清单不是有效的 JSON/,
    },
  };

  for (const [what, { file, text, line }] of Object.entries(broken)) {
    it(`answers in Chinese naming the file and line, with no stack trace: ${what}`, () => {
      for (const name of ['urls.json', 'urls.jsonl']) rmSync(join(root, 'content', name), { force: true });
      writeFileSync(join(root, 'content', file), text);
      for (const [script, args, input] of [
        ['new', ['news', '三八节座谈会', '--city', 'jilin', '--date', '2024-03-08']],
        ['import', ['-'], ARTICLE],
        ['urls', []],
      ] as const) {
        const result = run(script, [...args], input);
        expect(result.status, script).not.toBe(0);
        expect(result.stderr, script).toMatch(line);
        expect(result.stderr, script).not.toMatch(/^\s+at /m);
      }
    });
  }
});
