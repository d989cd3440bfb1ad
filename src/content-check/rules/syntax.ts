import { parseBody } from '../markdown.ts';
import type { Problem, RuleContext } from '../model.ts';

/** A body the parser rejects would stop the build with a stack trace; staff get the line instead. */
export function checkSyntax({ entries }: RuleContext): Problem[] {
  return entries.flatMap((entry) => {
    const parsed = parseBody(entry);
    if ('nodes' in parsed) return [];
    return [
      { file: entry.file, line: parsed.line, message: `正文写法有误(${entry.format.toUpperCase()}):${parsed.error}` },
    ];
  });
}
