import { lineOfUrl } from '../../url-manifest/manifest.ts';
import { reconcileEntries } from '../../url-manifest/reconcile.ts';
import type { Problem, RuleContext } from '../model.ts';

/**
 * A URL once published must keep working: WeChat articles that link to it can
 * never be edited. Each URL the manifest holds for an entry must still be that
 * entry's page, an alias of some entry, or a withdrawn notice.
 */
export function checkLostUrls({ entries, pages, manifest }: RuleContext): Problem[] {
  if (!manifest) return [];
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  return reconcileEntries(manifest.records, pages).lost.map(({ path, was, entry }): Problem => {
    if (entry) {
      const field = entry.state === 'draft' ? 'draft' : 'date';
      const change = entry.state === 'draft' ? '改成草稿' : '把日期改到以后';
      return {
        file: entry.file,
        line: byFile.get(entry.file)?.lineOf([field]) ?? 1,
        field,
        message: `这篇内容已经以 ${path} 发布过,${change}会让这个网址失效。要撤下请改写 withdrawn(撤下日期和原因),网址会保留一个“已撤下”页面`,
      };
    }
    const line = lineOfUrl(manifest.text, path);
    if (was.to) {
      return {
        file: manifest.file,
        line,
        message: `旧网址 ${path} 将失效:它原来跳转到 ${was.to},现在没有哪条内容的 aliases 写着它。请在 ${was.to} 对应的文件里把它加回 aliases`,
      };
    }
    const file = was.entry ? `content/${was.entry}.md` : path;
    return {
      file: manifest.file,
      line,
      message:
        `网址 ${path} 将失效:它原来是 ${file} 的页面,现在没有这条内容了。` +
        `如果是改了文件名或年份,请在新文件的属性区写 aliases: [${path}];` +
        `如果要删除,请恢复文件并写 withdrawn(撤下日期和原因),或在替代它的内容里写 aliases: [${path}]`,
    };
  });
}
