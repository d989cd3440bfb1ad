import { checkContent, formatProblem, sortProblems } from '../src/content-check/index.ts';
import { site } from '../src/config/site.ts';

const root = process.argv[2] ?? process.cwd();
const { entries, problems } = checkContent(root, { requireReview: site.requireReview });

for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n内容检查未通过:${problems.length} 个问题。请按上面的文件和行号逐一修改。`);
  process.exitCode = 1;
} else {
  console.log(`内容检查通过:${entries.length} 个条目。`);
}
