import { parseArgs } from 'node:util';
import { workingCopyChanges, workingCopyMessage } from '../src/cms/working-copy.ts';
import { startAdmin } from './lib/admin-server.ts';
import { UsageError } from './lib/usage-error.ts';

const usage = `用法:npm run admin [-- --port 4321]
在本机打开浏览器编辑器(本地模式):不需要 Gitea/GitLab/GitHub,也不需要联网;每次保存都是当前文件夹里的一次 git 提交。`;

try {
  const { values } = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) throw new UsageError(usage);
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`端口“${values.port}”不对。\n${usage}`);
  const admin = await startAdmin({ repo: process.cwd(), port, output: 'inherit' });
  console.log(`\n编辑器已打开:${admin.url}admin/\n网站预览:${admin.url}\n用完在这里按 Ctrl + C 停止。`);
  // Said at the start too, not only when a save is refused in the browser.
  const changes = workingCopyChanges(process.cwd());
  if (changes.length) console.warn(`\n注意:${workingCopyMessage(changes)}`);
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
  console.error(error instanceof UsageError ? error.message : `${error.message}\n${usage}`);
  process.exitCode = 2;
}
