import { walk } from '../marks.ts';
import type { Problem } from '../problems.ts';
import type { RuleContext } from './index.ts';

/** What `npm run new` and `npm run import` write where a person has to fill something in. */
export const PLACEHOLDER = '待填写';

/** A marked gap left unfilled would be published as it stands; every one is listed. */
export function checkPlaceholders({ entries }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    walk(entry.data, [], (value, path) => {
      if (typeof value !== 'string') return false;
      if (value.includes(PLACEHOLDER)) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: path.join('.'),
          message: `还没有填写:“${value}”,请换成实际内容`,
        });
      }
      return true;
    });
    entry.body.split('\n').forEach((line, index) => {
      if (!line.includes(PLACEHOLDER)) return;
      problems.push({
        file: entry.file,
        line: entry.bodyLine + index,
        message: `正文还有待填写的地方:“${line.trim()}”,请补上或删去这一行`,
      });
    });
  }
  return problems;
}
