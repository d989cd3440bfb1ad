import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/url-manifest/manifest.ts';
import { projectRoot } from '../scripts/support.ts';

/**
 * Three people publish at once, as on a real forge: a bare repository stands for it, clones for their
 * computers and for the deploy. The manifest's lines for the three new articles sort next to one another,
 * so a plain text merge would conflict on them (the last case shows it does); .gitattributes' merge=union
 * is what keeps every merge and the deploy's rebase clean.
 */
let root: string;
const forge = () => join(root, 'forge.git');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@localhost', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

function tryGit(cwd: string, ...args: string[]) {
  return spawnSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@localhost', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

function clone(name: string): string {
  git(root, 'clone', '--quiet', forge(), name);
  return join(root, name);
}

/** A news item, written as staff write one. */
function writeArticle(site: string, slug: string, title: string) {
  mkdirSync(join(site, 'content/news/2025'), { recursive: true });
  writeFileSync(
    join(site, 'content/news/2025', `${slug}.md`),
    `---\ntitle: ${title}\ndate: 2025-03-01\ncity: jilin\nsummary: ${title}的简介。\n` +
      `source: { name: 吉林市妇联, kind: original }\ncredits: { reviewer: 张华 }\n---\n${title}的正文。\n`,
  );
}

/** The manifest's publish step: what `npm run build` does first, and `npm run urls -- --accept` alone. */
function recordUrls(site: string) {
  const result = spawnSync(process.execPath, ['scripts/urls.ts', '--accept', '--root', site], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('已记入网址清单 urls.jsonl');
}

const manifestOf = (site: string) => parseManifest(readFileSync(join(site, 'content/urls.jsonl'), 'utf8'));

let merged: { stdout: string; status: number | null };
let staffB: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jinguo-concurrent-'));
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'forge.git');
  const seed = clone('seed');
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), join(seed, 'content'), { recursive: true });
  cpSync(join(projectRoot, '.gitattributes'), join(seed, '.gitattributes'));
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', '网站');
  git(seed, 'push', '--quiet', 'origin', 'main');

  // Staff B works on a branch of her own; staff A on main, on her own computer.
  staffB = clone('staff-b');
  git(staffB, 'switch', '--quiet', '-c', 'fabu-b');
  writeArticle(staffB, 'b-jiating', '最美家庭评选');
  recordUrls(staffB);
  git(staffB, 'add', 'content');
  git(staffB, 'commit', '--quiet', '-m', '发布:最美家庭评选');

  const staffA = clone('staff-a');
  writeArticle(staffA, 'a-peixun', '家政培训班开班');
  recordUrls(staffA);
  git(staffA, 'add', 'content');
  git(staffA, 'commit', '--quiet', '-m', '发布:家政培训班开班');

  // Meanwhile the browser editor commits an article without the manifest, and the deploy records its URL.
  const editor = clone('editor');
  writeArticle(editor, 'c-zhiyuan', '巾帼志愿服务');
  git(editor, 'add', 'content');
  git(editor, 'commit', '--quiet', '-m', '发布:巾帼志愿服务');
  git(editor, 'push', '--quiet', 'origin', 'main');
  const ci = clone('ci');
  recordUrls(ci);
  const deploy = spawnSync('bash', [join(projectRoot, 'scripts/deploy/record-urls.sh'), 'main'], {
    cwd: ci,
    encoding: 'utf8',
    env: { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: '1', DEPLOY_RETRY_SECONDS: '0' },
  });
  expect(deploy.stderr).toBe('');
  expect(deploy.status).toBe(0);

  // Staff A pulls the deploy's commit (a merge, as docs/publishing.md sets git pull up) and pushes.
  git(staffA, 'config', 'pull.rebase', 'false');
  const pulled = tryGit(staffA, 'pull', '--no-edit', 'origin', 'main');
  expect(pulled.stdout + pulled.stderr).not.toMatch(/CONFLICT/);
  expect(pulled.status).toBe(0);
  git(staffA, 'push', '--quiet', 'origin', 'main');

  // Staff B's branch is merged into main last.
  git(staffB, 'fetch', '--quiet', 'origin');
  git(staffB, 'switch', '--quiet', 'main');
  git(staffB, 'merge', '--quiet', '--ff-only', 'origin/main');
  const result = tryGit(staffB, 'merge', '--no-edit', 'fabu-b');
  merged = { stdout: result.stdout + result.stderr, status: result.status };
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('two people and the deploy publishing at once', () => {
  it('merge without a conflict', () => {
    expect(merged.stdout).not.toMatch(/CONFLICT/);
    expect(merged.status).toBe(0);
    expect(git(staffB, 'status', '--porcelain')).toBe('');
  });

  it('leave a manifest that holds every article, each with its own short code', () => {
    const manifest = manifestOf(staffB);
    const added = ['/news/2025/a-peixun/', '/news/2025/b-jiating/', '/news/2025/c-zhiyuan/'];
    for (const path of added) expect(manifest.get(path)?.entry, path).toBe(path.slice(1, -1));
    expect(new Set(added.map((path) => manifest.get(path)?.short)).size).toBe(3);
    const before = manifestOf(join(root, 'seed'));
    for (const path of before.keys()) expect(manifest.has(path), path).toBe(true);
  });

  it('pass npm run check, and the next publish step finds nothing new', () => {
    const check = spawnSync(process.execPath, ['scripts/check.ts', staffB], { cwd: projectRoot, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const urls = spawnSync(process.execPath, ['scripts/urls.ts', '--root', staffB], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(urls.status).toBe(0);
    expect(urls.stdout).not.toContain('网址清单里还没有的新网址');
  });

  it('would have conflicted without merge=union (the lines are neighbours)', () => {
    const control = clone('control');
    git(control, 'fetch', '--quiet', join(root, 'staff-b'), 'fabu-b');
    writeFileSync(join(control, '.git/info/attributes'), 'urls.jsonl merge=text\n');
    // main as the forge holds it (staff A's and the deploy's commits), and staff B's branch, merged as plain text.
    const result = tryGit(control, 'merge', '--no-edit', 'FETCH_HEAD');
    expect(result.stdout + result.stderr).toMatch(/CONFLICT \(content\): Merge conflict in content\/urls\.jsonl/);
  });
});
