import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  aptInstallCommand,
  chromiumPath,
  decideBrowserAction,
  DEFAULT_CHROMIUM_PATH,
  type BrowserFacts,
} from '../../scripts/lib/browser.ts';

const ready: BrowserFacts = {
  chromiumPath: DEFAULT_CHROMIUM_PATH,
  fromEnv: false,
  chromiumFound: true,
  cjkFontFound: true,
  isRoot: false,
  hasAptGet: true,
};

describe('chromiumPath', () => {
  it('uses CHROMIUM_PATH when it is set', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it("falls back to Debian's /usr/bin/chromium when CHROMIUM_PATH is unset or blank", () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '  ' })).toBe('/usr/bin/chromium');
  });
});

describe('decideBrowserAction', () => {
  it('is ready when Chromium and a CJK font are there', () => {
    expect(decideBrowserAction(ready)).toEqual({ kind: 'ready', chromiumPath: '/usr/bin/chromium' });
  });

  it('is ready when fonts cannot be checked (no fontconfig)', () => {
    expect(decideBrowserAction({ ...ready, cjkFontFound: undefined }).kind).toBe('ready');
  });

  it('installs chromium and fonts-noto-cjk with apt-get when root and Chromium is missing', () => {
    expect(decideBrowserAction({ ...ready, chromiumFound: false, isRoot: true })).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-noto-cjk'],
      command: 'apt-get update && apt-get install -y chromium fonts-noto-cjk',
      reason: 'Chromium was not found at /usr/bin/chromium.',
    });
  });

  it('installs only the fonts when Chromium is there but no CJK font is', () => {
    const action = decideBrowserAction({ ...ready, cjkFontFound: false, isRoot: true });
    expect(action).toMatchObject({
      kind: 'install',
      packages: ['fonts-noto-cjk'],
      command: 'apt-get update && apt-get install -y fonts-noto-cjk',
    });
  });

  it('prints the sudo command instead of installing when not root', () => {
    const action = decideBrowserAction({ ...ready, chromiumFound: false, isRoot: false });
    expect(action).toEqual({
      kind: 'fail',
      reason: 'Chromium was not found at /usr/bin/chromium. Installing it needs root.',
      command: 'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk',
    });
  });

  it('does not try apt-get where there is none, and says to set CHROMIUM_PATH', () => {
    const action = decideBrowserAction({ ...ready, chromiumFound: false, isRoot: true, hasAptGet: false });
    expect(action.kind).toBe('fail');
    expect(action.kind === 'fail' && action.reason).toContain('set CHROMIUM_PATH');
  });

  it('never installs over a CHROMIUM_PATH that points nowhere', () => {
    const action = decideBrowserAction({
      ...ready,
      chromiumPath: '/opt/missing/chrome',
      fromEnv: true,
      chromiumFound: false,
      isRoot: true,
    });
    expect(action).toEqual({
      kind: 'fail',
      reason:
        'CHROMIUM_PATH is set to /opt/missing/chrome, but there is no executable there. Fix the path, or unset CHROMIUM_PATH to use /usr/bin/chromium.',
    });
  });

  it('uses a browser from CHROMIUM_PATH when it exists', () => {
    expect(decideBrowserAction({ ...ready, chromiumPath: '/opt/chrome/chrome', fromEnv: true })).toEqual({
      kind: 'ready',
      chromiumPath: '/opt/chrome/chrome',
    });
  });
});

describe('aptInstallCommand', () => {
  it('spells the root and the sudo forms', () => {
    expect(aptInstallCommand(['chromium'])).toBe('apt-get update && apt-get install -y chromium');
    expect(aptInstallCommand(['chromium'], true)).toBe(
      'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
    );
  });
});

describe('scripts/ensure-browser.ts', () => {
  it('exits non-zero and explains when CHROMIUM_PATH points nowhere, without installing anything', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const result = spawnSync(process.execPath, ['scripts/ensure-browser.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/jinguo-test/chromium' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/jinguo-test/chromium');
  });
});
