import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

/**
 * Where the browser tests find Chromium, and what to do when it is missing.
 * The decision is a pure function of a few facts about the machine, so it can
 * be tested without touching the machine.
 */

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's browser plus CJK fonts, so Chinese pages render as readers see them, not as boxes. */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk'] as const;
export const FONT_PACKAGES = ['fonts-noto-cjk'] as const;

/** `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

export interface BrowserFacts {
  chromiumPath: string;
  /** The path came from CHROMIUM_PATH: installing Debian's package would not put anything there. */
  fromEnv: boolean;
  /** An executable file exists at `chromiumPath`. */
  chromiumFound: boolean;
  /** A font covering Chinese is installed; undefined when it cannot be told (no fontconfig). */
  cjkFontFound: boolean | undefined;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type BrowserAction =
  | { kind: 'ready'; chromiumPath: string }
  /** Run `command` (a shell line) with DEBIAN_FRONTEND=noninteractive, then look again. */
  | { kind: 'install'; packages: readonly string[]; command: string; reason: string }
  /** Nothing this script can do: tell the user `reason` and, if known, the `command` to run. */
  | { kind: 'fail'; reason: string; command?: string };

export function aptInstallCommand(packages: readonly string[], sudo = false): string {
  const prefix = sudo ? 'sudo ' : '';
  const env = sudo ? 'DEBIAN_FRONTEND=noninteractive ' : '';
  return `${prefix}apt-get update && ${prefix}${env}apt-get install -y ${packages.join(' ')}`;
}

export function decideBrowserAction(facts: BrowserFacts): BrowserAction {
  if (!facts.chromiumFound && facts.fromEnv) {
    return {
      kind: 'fail',
      reason: `CHROMIUM_PATH is set to ${facts.chromiumPath}, but there is no executable there. Fix the path, or unset CHROMIUM_PATH to use ${DEFAULT_CHROMIUM_PATH}.`,
    };
  }
  if (facts.chromiumFound && facts.cjkFontFound !== false) return { kind: 'ready', chromiumPath: facts.chromiumPath };

  const packages = facts.chromiumFound ? FONT_PACKAGES : BROWSER_PACKAGES;
  const reason = facts.chromiumFound
    ? 'No font with Chinese characters is installed, so pages would render as empty boxes.'
    : `Chromium was not found at ${facts.chromiumPath}.`;
  if (facts.hasAptGet && facts.isRoot) {
    return { kind: 'install', packages, command: aptInstallCommand(packages), reason };
  }
  if (facts.hasAptGet) {
    return { kind: 'fail', reason: `${reason} Installing it needs root.`, command: aptInstallCommand(packages, true) };
  }
  return {
    kind: 'fail',
    reason: `${reason} Install Chromium and a CJK font (Noto Sans CJK) with this system's package manager, then set CHROMIUM_PATH to the browser's executable. On Debian or Ubuntu:`,
    command: aptInstallCommand(packages, true),
  };
}

/** Looks at this machine. */
export function gatherBrowserFacts(env: NodeJS.ProcessEnv = process.env): BrowserFacts {
  const path = chromiumPath(env);
  return {
    chromiumPath: path,
    fromEnv: Boolean(env.CHROMIUM_PATH?.trim()),
    chromiumFound: isExecutable(path),
    cjkFontFound: hasCjkFont(),
    isRoot: process.getuid?.() === 0,
    hasAptGet: commandExists('apt-get'),
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return existsSync(path);
  } catch {
    return false;
  }
}

function hasCjkFont(): boolean | undefined {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.trim().length > 0;
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
