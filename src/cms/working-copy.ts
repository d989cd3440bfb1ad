import { spawnSync } from 'node:child_process';

/**
 * The files `git status` lists as changed, added or not yet tracked in the working copy of `repo` (ignored files
 * are not listed). decap-server's local mode commits with `git add .`: whatever lies here would go into the next
 * save's commit under the editor's message, and would ride along when it switches to a review branch.
 */
export function workingCopyChanges(repo: string): string[] {
  const status = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (status.status !== 0) throw new Error(`git status 失败:${status.stderr.trim()}`);
  const records = status.stdout.split('\0').filter(Boolean);
  const paths: string[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    paths.push(record.slice(3));
    // A rename or copy is followed by the path it came from, which is not a change of its own.
    if (/^[RC]/.test(record)) index++;
  }
  return paths;
}

/** How many files to name before "等": the message is a toast in the editor and a line in a terminal. */
const NAMED = 3;

/** What staff are told when the local mode will not save: which files, and what to do about them. */
export function workingCopyMessage(changes: string[]): string {
  const named = changes.slice(0, NAMED).join('、');
  const files = changes.length > NAMED ? `${named} 等 ${changes.length} 个文件` : named;
  return (
    `网站文件夹里有尚未提交的改动(${files}),本地模式先不保存:保存会把这些改动一起提交。` +
    '请先提交它们(git add、git commit)或撤销(git restore),再回到编辑器保存。'
  );
}
