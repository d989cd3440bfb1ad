export { checkContent, type CheckedEntry, type ContentCheckResult } from './check-content.ts';
export { formatProblem, sortProblems, type Problem } from './problems.ts';
export { parseFrontmatter, FrontmatterError } from './frontmatter.ts';
