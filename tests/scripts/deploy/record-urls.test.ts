import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../support.ts';

/**
 * The deploy's commit-back (scripts/deploy/record-urls.sh), as every forge's
 * workflow runs it, against a real remote: a bare repository standing for the
 * forge, a clone standing for the CI checkout.
 */
const script = join(projectRoot, 'scripts/deploy/record-urls.sh');
let root: string;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@localhost', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

function record(cwd: string) {
  return spawnSync('bash', [script, 'main'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_COMMITTER_NAME: 'ci', HOME: root },
  });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'jinguo-record-'));
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'forge.git');
  git(root, 'clone', '--quiet', 'forge.git', 'seed');
  const seed = join(root, 'seed');
  mkdirSync(join(seed, 'content'));
  writeFileSync(join(seed, 'content/urls.jsonl'), '{"url":"/"}\n');
  writeFileSync(join(seed, 'README.md'), '站点\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', '开始');
  git(seed, 'push', '--quiet', 'origin', 'main');
  git(root, 'clone', '--quiet', 'forge.git', 'ci');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('record-urls.sh', () => {
  it('commits nothing when the build recorded no new URL', () => {
    const result = record(join(root, 'ci'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('没有新网址。');
    expect(git(join(root, 'forge.git'), 'rev-list', '--count', 'main')).toBe('1');
  });

  it('commits the manifest alone and pushes it, after what others pushed meanwhile', () => {
    const ci = join(root, 'ci');
    // A member of staff publishes while the deploy builds.
    const seed = join(root, 'seed');
    writeFileSync(join(seed, 'README.md'), '站点,改过\n');
    git(seed, 'commit', '--quiet', '-am', '同事的修改');
    git(seed, 'push', '--quiet', 'origin', 'main');
    // The build wrote the manifest; something else it left behind is not the deploy's to commit.
    writeFileSync(join(ci, 'content/urls.jsonl'), '{"url":"/"}\n{"url":"/news/"}\n');
    writeFileSync(join(ci, 'stray.txt'), '构建留下的文件\n');

    const result = record(ci);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const forge = join(root, 'forge.git');
    expect(git(forge, 'log', '--format=%s', 'main')).toBe('记录新发布的网址 [skip ci]\n同事的修改\n开始');
    expect(git(forge, 'show', '--name-only', '--format=', 'main')).toBe('content/urls.jsonl');
    expect(git(forge, 'show', 'main:content/urls.jsonl')).toBe('{"url":"/"}\n{"url":"/news/"}');
  });

  it('commits a site’s first build after the format change: urls.json gone, urls.jsonl in its place', () => {
    const seed = join(root, 'seed');
    git(seed, 'mv', 'content/urls.jsonl', 'content/urls.json');
    git(seed, 'commit', '--quiet', '-m', '旧的网址清单');
    git(seed, 'push', '--quiet', 'origin', 'main');
    const ci = join(root, 'ci');
    git(ci, 'pull', '--quiet', 'origin', 'main');
    git(ci, 'mv', 'content/urls.json', 'content/urls.jsonl');
    git(ci, 'reset', '--quiet');

    expect(record(ci).status).toBe(0);
    const forge = join(root, 'forge.git');
    expect(git(forge, 'show', '--name-status', '--format=', 'main')).toMatch(
      /^R100\tcontent\/urls\.json\tcontent\/urls\.jsonl$/,
    );
  });

  it('stops with a message, and a failing status, when it cannot push', () => {
    const ci = join(root, 'ci');
    writeFileSync(join(ci, 'content/urls.jsonl'), '{"url":"/"}\n{"url":"/news/"}\n');
    git(ci, 'remote', 'set-url', '--push', 'origin', join(root, 'no-such-forge.git'));
    const result = spawnSync('bash', [script, 'main'], {
      cwd: ci,
      encoding: 'utf8',
      env: { ...process.env, HOME: root, DEPLOY_RETRY_SECONDS: '0' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('没能把新网址提交回仓库');
  });
});
