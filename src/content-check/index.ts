export type { CheckedEntry, CheckOptions, ContentCheckResult, Problem, Rule, RuleContext } from './model.ts';
export { checkContent } from './check.ts';
export { formatProblem, sortProblems } from './problems.ts';
export { parseFrontmatter, FrontmatterError } from './frontmatter.ts';
