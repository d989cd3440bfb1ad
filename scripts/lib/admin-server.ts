import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { LOCAL_REPO_ENV } from '../../src/cms/integration.ts';
import { site } from '../../src/config/site.ts';
import { localBackend } from '../../src/cms/local-backend.ts';
import { astroInvocation } from './astro-cli.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { UsageError } from './usage-error.ts';

export interface AdminOptions {
  /** The git repository the editor saves into (its working copy and branches). */
  repo: string;
  /** The content folder the site preview reads; the repository's `content/` when unset. */
  contentDir?: string;
  /** 0 for any free port. */
  port: number;
  /** `inherit` shows Astro's log (the command line); `collect` keeps it for a test's failure message. */
  output: 'inherit' | 'collect';
}

export interface RunningAdmin {
  /** The dev server's address, ending in `/`. */
  url: string;
  /** What the dev server printed so far (with `output: 'collect'`). */
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * The local mode: Astro's dev server with the editor at /admin/ and decap-server's git backend on the same
 * origin, editing `repo` directly. Nothing is fetched from the network.
 */
export async function startAdmin(options: AdminOptions): Promise<RunningAdmin> {
  checkRepository(options.repo);
  const env: Record<string, string> = { [LOCAL_REPO_ENV]: options.repo };
  if (options.contentDir) env.JINGUO_CONTENT_DIR = options.contentDir;
  const {
    command,
    args,
    cwd,
    env: fullEnv,
  } = astroInvocation(['dev', '--host', '127.0.0.1', '--port', String(options.port)], env);
  const child = spawn(command, args, { cwd, env: devEnvironment(fullEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      if (options.output === 'inherit') process.stdout.write(text);
      const found = /https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)\//.exec(stripVTControlCharacters(log));
      if (found) resolve(`http://127.0.0.1:${found[1]}/`);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`编辑器没有启动(退出码 ${code}):\n${log}`)));
  });
  return { url, log: () => log, stop: () => stop(child) };
}

/**
 * The editor of a built site with the local backend on the same origin: what the tests drive. A dev server would
 * share the project's `.astro/` content store with every other dev server and test run; a build has its own.
 */
export async function serveEditor(options: { dist: string; repo: string }): Promise<StaticServer> {
  checkRepository(options.repo);
  const backend = await localBackend(options.repo);
  return serveStatic(options.dist, { middleware: (request, response, next) => backend(request, response, next) });
}

/**
 * The dev server's environment without a test runner's marks: under VITEST the dev server serves the editor's
 * modules so that the page never starts.
 */
function devEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !/^(?:VITEST|TEST$)/.test(key)));
  return { ...clean, NODE_ENV: 'development', FORCE_COLOR: '0' };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** decap-server commits to the site's branch of a git working copy: say so plainly when there is none. */
function checkRepository(repo: string): void {
  if (!existsSync(join(repo, '.git'))) {
    throw new UsageError(
      `${repo} 不是 git 仓库:本地模式把每次保存记成一次提交,请在网站文件夹(git clone 下来的那个)里运行。`,
    );
  }
  const branch = spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${site.cms.branch}`], {
    cwd: repo,
  });
  if (branch.status !== 0) {
    throw new UsageError(
      `仓库里没有分支 ${site.cms.branch}(src/config/site.ts 的 cms.branch):编辑器把内容保存到这个分支。`,
    );
  }
}
