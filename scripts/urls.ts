import { parseArgs } from 'node:util';
import { formatProblem, sortProblems } from '../src/content-check/index.ts';
import { paths } from '../src/lib/urls.ts';
import { urlReport } from './lib/url-report.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { accept: { type: 'boolean', default: false }, root: { type: 'string' } },
});
const report = urlReport(values.root ?? process.cwd(), { files: positionals, accept: values.accept });

if (report.problems.length > 0) {
  for (const problem of sortProblems(report.problems)) console.error(formatProblem(problem));
  console.error(`\n内容检查未通过:${report.problems.length} 个问题。先改好它们,再查看网址。`);
  process.exitCode = 1;
} else {
  for (const link of report.links) {
    console.log(`${link.file}\n  网址:${link.url}${link.short ? `\n  短链接:${link.short}` : ''}`);
  }
  if (report.added.length > 0) {
    console.log(`\n网址清单里还没有的新网址(${report.added.length} 个):`);
    for (const { path, short } of report.added)
      console.log(`  ${path}${short ? `  短链接 ${paths.short(short)}` : ''}`);
    console.log(
      report.written
        ? '\n已记入网址清单 urls.jsonl:请把它和内容一起提交。'
        : '\n核对无误后运行 npm run urls -- --accept(或 npm run build)把它们记入网址清单。',
    );
  }
}
