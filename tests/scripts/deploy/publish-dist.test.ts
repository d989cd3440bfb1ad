import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support.ts';

/** The upload (scripts/deploy/publish-dist.sh) needs a server; what it does without one, or with half a setup, is checked here. */
const script = join(projectRoot, 'scripts/deploy/publish-dist.sh');

function publish(env: Record<string, string>) {
  const { DEPLOY_HOST: _host, DEPLOY_USER: _user, DEPLOY_PATH: _path, ...rest } = process.env;
  return spawnSync('bash', [script], { cwd: projectRoot, encoding: 'utf8', env: { ...rest, ...env } });
}

describe('publish-dist.sh', () => {
  it('builds without publishing, and says so, when no server is configured', () => {
    const result = publish({});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('没有配置 DEPLOY_HOST 等密钥:网站已构建,但没有发布。');
  });

  it('names the secret that is missing rather than upload half-configured', () => {
    const result = publish({ DEPLOY_HOST: '203.0.113.10', DEPLOY_USER: 'deploy' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('没有配置 DEPLOY_PATH');
  });
});
