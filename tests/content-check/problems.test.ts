import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, type Problem } from '../../src/content-check/index.ts';

describe('formatProblem', () => {
  it('writes file:line: field: message', () => {
    expect(
      formatProblem({ file: 'content/news/2024/x.md', line: 5, field: 'city', message: '找不到城市“changchun”' }),
    ).toBe('content/news/2024/x.md:5: city: 找不到城市“changchun”');
  });

  it('leaves the field out for whole-file problems', () => {
    expect(formatProblem({ file: 'content/cities/吉林.md', line: 1, message: '文件名不能用作网址' })).toBe(
      'content/cities/吉林.md:1: 文件名不能用作网址',
    );
  });
});

describe('sortProblems', () => {
  const problems: Problem[] = [
    { file: 'content/news/2024/b.md', line: 3, message: 'b3' },
    { file: 'content/cities/a.md', line: 9, message: 'a9' },
    { file: 'content/news/2024/b.md', line: 1, message: 'b1' },
    { file: 'content/cities/a.md', line: 2, message: 'a2' },
  ];

  it('orders by file, then by line', () => {
    expect(sortProblems(problems).map((problem) => problem.message)).toEqual(['a2', 'a9', 'b1', 'b3']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const before = problems.map((problem) => problem.message);
    const sorted = sortProblems(problems);
    expect(sorted).not.toBe(problems);
    expect(problems.map((problem) => problem.message)).toEqual(before);
  });
});
