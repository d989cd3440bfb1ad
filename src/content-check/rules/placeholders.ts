import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Problem, RuleContext } from '../model.ts';

/** What `npm run new` and `npm run import` write where a person has to fill something in. */
export const PLACEHOLDER = '待填写';

/**
 * A marked gap left unfilled would be published as it stands; every one is
 * listed. The file's own lines are read, so a gap inside a field that fails
 * its schema is still found; YAML comments (which explain the marks) are not.
 */
export function checkPlaceholders({ root, entries }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    let lines: string[];
    try {
      lines = readFileSync(resolve(root, entry.file), 'utf8').split(/\r?\n/);
    } catch {
      continue;
    }
    lines.forEach((line, index) => {
      const inFrontmatter = index + 1 < entry.bodyLine;
      const text = inFrontmatter ? line.replace(/\s#\s.*$/, '').trimEnd() : line;
      if (!text.includes(PLACEHOLDER) || /^\s*#/.test(text)) return;
      const field = inFrontmatter ? /^\s*([A-Za-z]+)\s*:/.exec(text)?.[1] : undefined;
      problems.push({
        file: entry.file,
        line: index + 1,
        ...(field ? { field: fieldPath(lines, index, field) } : {}),
        message: inFrontmatter
          ? `还没有填写:“${text.replace(/^\s*[A-Za-z]+\s*:\s*/, '').replace(/^"|"$/g, '')}”,请换成实际内容`
          : `正文还有待填写的地方:“${line.trim()}”,请补上或删去这一行`,
      });
    });
  }
  return problems;
}

/** `name` under `source:` is `source.name`: the nearest less-indented key above names the parent. */
function fieldPath(lines: readonly string[], index: number, key: string): string {
  const indent = /^\s*/.exec(lines[index] ?? '')?.[0].length ?? 0;
  if (indent === 0) return key;
  for (let above = index - 1; above >= 0; above--) {
    const match = /^(\s*)([A-Za-z]+)\s*:/.exec(lines[above] ?? '');
    if (match && (match[1]?.length ?? 0) < indent) return `${match[2]}.${key}`;
  }
  return key;
}
