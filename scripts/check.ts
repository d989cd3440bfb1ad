import { checkContent, formatProblem, sortProblems } from '../src/content-check/index.ts';
import { site } from '../src/config/site.ts';
import { resolve } from 'node:path';
import { buildOptions } from '../src/build/options.ts';

const root = process.argv[2] ?? process.cwd();
const { entries, problems, warnings } = checkContent(root, {
  requireReview: site.requireReview,
  findingsFile: resolve(root, buildOptions.cacheDir, 'jinguo-checks.json'),
});

for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
// Warnings are for a person to look at; they never fail the check.
for (const warning of sortProblems(warnings)) console.error(formatProblem(warning, 'warning'));
if (problems.length > 0) {
  console.error(`\n内容检查未通过:${problems.length} 个问题。请按上面的文件和行号逐一修改。`);
  process.exitCode = 1;
} else {
  const noted = warnings.length > 0 ? `(另有 ${warnings.length} 条提醒,请看一下是否需要修改)` : '';
  console.log(`内容检查通过:${entries.length} 个条目${noted}。`);
}
