import { stringify } from 'yaml';

/** One frontmatter line: a field, its value, and a comment that tells staff what it is. */
export interface Line {
  /** `key: value`, or a commented-out optional field (`# cover: …`). */
  text: string;
  comment?: string;
}

/** A YAML value on one line, quoted only when YAML needs it (a colon, a leading `[`, …). */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `[甲, 乙]`, with each item quoted as it needs. */
export function list(values: readonly string[]): string {
  return `[${values.map(scalar).join(', ')}]`;
}

/** Lines with their comments lined up in one column, between `---` fences. */
export function frontmatter(lines: readonly Line[], heading: string): string {
  const width = Math.min(40, Math.max(...lines.map((line) => displayWidth(line.text))) + 2);
  const body = lines.map(({ text, comment }) =>
    comment ? `${text}${' '.repeat(Math.max(2, width - displayWidth(text)))}# ${comment}` : text,
  );
  return ['---', `# ${heading}`, ...body, '---', ''].join('\n');
}

/** Chinese characters take two columns in an editor. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uFFFF]/u.test(char) ? 2 : 1;
  return width;
}
