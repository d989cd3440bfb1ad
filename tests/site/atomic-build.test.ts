import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { buildInvocation, buildSite, projectRoot, runAstro, siteBuild } from '../support/astro-cli.ts';
import { fileDigests } from '../support/dist.ts';

// A site that was built and published before (the fixture site, built by the global setup), copied so that each
// case starts from the same last good dist/ and committed manifest.
const fixtureDist = inject('fixtureDist');
const work = join(projectRoot, 'tests/.tmp', `atomic-build-${process.pid}`);
const content = join(work, 'content');
const outDir = join(work, 'dist');
const manifest = join(content, 'urls.jsonl');
const { env } = siteBuild({ contentDir: content, outDir });
const draft = join(env.JINGUO_CACHE_DIR!, 'jinguo-urls.draft.jsonl');

interface Published {
  dist: Record<string, string>;
  manifest: Buffer;
}

const published = (): Published => ({ dist: fileDigests(outDir), manifest: readFileSync(manifest) });

/** A news item the last build did not have: a successful build would record its URL and write its page. */
function addArticle(slug: string, cover?: { file: string; bytes: Buffer | string }): void {
  const lines = [
    '---',
    'title: 妇联举办家庭教育讲座',
    'date: 2024-12-02',
    'city: jilin',
    'summary: 讲座面向家长,讲解如何陪伴孩子阅读。',
    'source:',
    '  name: 吉林市妇联微信公众号',
    '  url: https://mp.weixin.qq.com/s/example',
    '  kind: wechat',
    'credits:',
    '  editor: 张三',
    '  reviewer: 李四',
  ];
  if (cover) {
    writeFileSync(join(content, 'news/2024', cover.file), cover.bytes);
    lines.push('cover:', `  src: ./${cover.file}`, '  alt: 讲座现场');
  }
  writeFileSync(
    join(content, 'news/2024', `${slug}.md`),
    [...lines, '---', '讲座在市妇女儿童活动中心举行。', ''].join('\n'),
  );
}

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), content, { recursive: true });
  cpSync(fixtureDist, outDir, { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build replaces dist/ and the URL manifest only when it has succeeded', () => {
  it('leaves both byte for byte as they were when the content checks stop it', () => {
    const before = published();
    addArticle('jiangzuo');
    writeFileSync(
      join(content, 'news/2024/jiangzuo.md'),
      readFileSync(join(content, 'news/2024/jiangzuo.md'), 'utf8').replace('city: jilin', 'city: nowhere'),
    );
    const { status, output } = buildSite({ contentDir: content, outDir });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/jiangzuo\.md:\d+: city:/);
    expect(published()).toEqual(before);
  });

  it('leaves both as they were when it fails while writing pages, after recording the new URL', () => {
    const before = published();
    addArticle('jiangzuo', { file: 'jiangzuo.png', bytes: '这不是图片\n' });
    // The checks would refuse this picture first; here they only warn, so that the build fails late, in Astro.
    const { status, output } = buildSite({ contentDir: content, outDir, env: { JINGUO_TEST_ONLY_CHECKS_WARN: '1' } });
    expect(status, output).not.toBe(0);
    expect(output).toContain('新网址 /news/2024/jiangzuo/');
    expect(published()).toEqual(before);
    // Nothing half-written is left to be uploaded or read by the next build.
    expect(existsSync(`${outDir}.building`)).toBe(false);
    expect(existsSync(draft)).toBe(false);
  });

  // Two builds in one test: its limit (below) catches a hang on a busy machine; no time is measured.
  it('leaves both as they were when it is killed while writing pages, and the next build publishes both', async () => {
    const before = published();
    addArticle('jiangzuo');
    const { args, env: buildEnv } = siteBuild({ contentDir: content, outDir });
    const { command, args: fullArgs, cwd, env: fullEnv } = buildInvocation(args, buildEnv);
    // Its own process group, so that Astro's process and the checks' die with it, as on Ctrl-C or a cancelled job.
    const build = spawn(command, fullArgs, { cwd, env: fullEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const ended = new Promise<void>((done) => build.on('close', () => done()));
    await new Promise<void>((killed) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // The first page written: the URL is recorded and Astro is filling the output folder.
        if (/├─ \/\S+\.html/.test(stripVTControlCharacters(output)) && build.exitCode === null) {
          process.kill(-build.pid!, 'SIGKILL');
          killed();
        }
      };
      build.stdout.on('data', read);
      build.stderr.on('data', read);
      build.on('close', () => killed());
    });
    await ended;
    expect(build.signalCode, output).toBe('SIGKILL');
    // Killed midway: the new URL was recorded (in the draft), and Astro had emptied its output folder and was
    // rendering into it: where it once wrote dist/ itself, and urls.jsonl.
    expect(readFileSync(draft, 'utf8')).toContain('"/news/2024/jiangzuo/"');
    expect(existsSync(`${outDir}.building`)).toBe(true);
    expect(published()).toEqual(before);

    const next = buildSite({ contentDir: content, outDir });
    expect(next.status, next.output).toBe(0);
    expect(existsSync(join(outDir, 'news/2024/jiangzuo/index.html'))).toBe(true);
    expect(readFileSync(manifest, 'utf8')).toMatch(
      /^\{"url":"\/news\/2024\/jiangzuo\/","entry":"news\/2024\/jiangzuo","short":"[a-z0-9]+"\}$/m,
    );
    expect(next.output).toContain('已把新网址记入网址清单 urls.jsonl');
    expect(existsSync(`${outDir}.building`) || existsSync(`${outDir}.discarded`) || existsSync(draft)).toBe(false);
    // The site it replaced is kept beside it, whole, until the next build deletes it.
    expect(fileDigests(`${outDir}.previous`)).toEqual(before.dist);
  }, 600_000);
});

describe('astro build alone', () => {
  it('writes the URL manifest only at its very end, so that a build that failed leaves it as it was', () => {
    const before = readFileSync(manifest);
    addArticle('jiangzuo', { file: 'jiangzuo.png', bytes: '这不是图片\n' });
    const { status, output } = runAstro(['build', '--outDir', outDir], { ...env, JINGUO_TEST_ONLY_CHECKS_WARN: '1' });
    expect(status, output).not.toBe(0);
    expect(output).toContain('新网址 /news/2024/jiangzuo/');
    expect(readFileSync(manifest)).toEqual(before);
  });
});
