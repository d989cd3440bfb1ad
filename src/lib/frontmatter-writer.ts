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

/**
 * Lines between `---` fences, each with its explanation on a line of its own above it. An explanation at the end
 * of a line became part of the value whenever the line was retyped without the space before `#`, or a value was
 * put in quotes up to the end of the line: on a line of its own it cannot.
 */
export function frontmatter(lines: readonly Line[], heading: string): string {
  const body = lines.flatMap(({ text, comment }) => {
    const line = uncommentable(text);
    return comment ? [explanation(line, comment), line] : [line];
  });
  return ['---', `# ${heading}`, ...body, '---', ''].join('\n');
}

/** A commented-out field (`# cover: …`) written `#cover: …`, so that taking off the `#` leaves the field as it must be. */
function uncommentable(text: string): string {
  return text.replace(/^(\s*#) /, '$1');
}

/**
 * The explanation's line, indented as its field. Inside a commented-out block (`#  reviewer: 审核人`) it is
 * commented twice (`#  # 审核`), so taking the `#` off every line of the block leaves it a comment.
 */
function explanation(line: string, comment: string): string {
  const nested = /^(\s*#)(\s+)\S/.exec(line);
  if (nested) return `${nested[1]}${nested[2]}# ${comment}`;
  return `${/^\s*/.exec(line)?.[0] ?? ''}# ${comment}`;
}
