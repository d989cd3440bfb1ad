import { spawnSync } from 'node:child_process';
import { decideBrowserAction, gatherBrowserFacts, type BrowserAction } from './lib/browser.ts';

/** Makes sure the browser tests have a Chromium and CJK fonts; installs Debian's when it can. */
function run(action: BrowserAction, attempt: number): number {
  if (action.kind === 'ready') {
    console.log(`ensure-browser: using Chromium at ${action.chromiumPath}`);
    return 0;
  }
  if (action.kind === 'install' && attempt === 0) {
    console.log(`ensure-browser: ${action.reason}`);
    console.log(
      `ensure-browser: installing Debian's ${action.packages.join(' and ')} (as playwright install --with-deps would): ${action.command}`,
    );
    const result = spawnSync('sh', ['-c', action.command], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(`ensure-browser: the install failed. Run it yourself:\n\n  ${action.command}\n`);
      return 1;
    }
    return run(decideBrowserAction(gatherBrowserFacts()), attempt + 1);
  }
  // A failure, or something still missing after installing: say what, and what to run.
  console.error(`ensure-browser: ${action.reason}${action.kind === 'install' ? ' (still, after installing)' : ''}`);
  if (action.command) console.error(`\n  ${action.command}\n`);
  return 1;
}

process.exitCode = run(decideBrowserAction(gatherBrowserFacts()), 0);
