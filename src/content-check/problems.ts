import type { Problem } from './model.ts';

/**
 * `content/news/2024/x.md:5: city: …` — the shape editors and CI logs turn into links. A warning says so after the
 * field: `…:12: tags: 提醒:…`.
 */
export function formatProblem(problem: Problem, severity: 'error' | 'warning' = 'error'): string {
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}: ${field}${severity === 'warning' ? '提醒:' : ''}${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
