/**
 * Plain-Chinese explanations of the YAML mistakes people make when they edit a
 * content file by hand, each saying what to type instead. The yaml library
 * says what its parser expected, in English ("Implicit keys need to be on a
 * single line"), and often a line after the mistake; these read the line the
 * person wrote.
 */

/** A YAML error as the parser reports it: its code and the index of the frontmatter line it points at. */
export interface YamlFault {
  code: string;
  index: number;
}

/** An explanation, on the index of the frontmatter line that needs the change. */
export interface YamlAdvice {
  index: number;
  message: string;
}

/** `  - key: value # comment`, taken apart; only lines that start with a field name of letters. */
interface FieldLine {
  /** Indentation and a list dash, if any: what the corrected line starts with. */
  lead: string;
  key: string;
  /** What follows the colon, without the spaces before it. */
  value: string;
  /** Whether a space (or nothing) follows the colon, as YAML needs. */
  spaced: boolean;
}

const FIELD = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*)\s*:(.*)$/;

function fieldLine(line: string): FieldLine | undefined {
  const match = FIELD.exec(line);
  if (!match) return undefined;
  const rest = match[3] ?? '';
  return { lead: match[1] ?? '', key: match[2] ?? '', value: rest.trim(), spaced: rest === '' || /^\s/.test(rest) };
}

/** A plain (unquoted) value without its trailing comment. */
function plainValue(value: string): string {
  return value.replace(/\s#.*$/, '').trim();
}

/** The value written so YAML reads it as text: double quotes, or single quotes when it holds a double quote. */
export function quoted(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

type LineRule = (line: string) => string | undefined;

const tabIndent: LineRule = (line) =>
  /^ *\t/.test(line) ? '这一行开头用了 Tab 键:缩进只能用空格,请把 Tab 换成两个空格' : undefined;

export const wideSpaceIndent: LineRule = (line) =>
  /^[ \t]*\u3000/.test(line) ? '这一行开头有全角空格“　”:请删去它,缩进只能用半角空格(英文输入法下的空格)' : undefined;

export const dashWithoutSpace: LineRule = (line) => {
  const match = /^(\s*)-(?!-)(\S.*)$/.exec(line);
  return match ? `列表的“-”后面要有一个空格:写成“${match[1]}- ${match[2]}”` : undefined;
};

const wideColon: LineRule = (line) => {
  const match = /^(\s*(?:-\s+)?)([^\s:：#"'-][^:：]*?)\s*：\s*(.*)$/.exec(line);
  if (!match) return undefined;
  const [, lead = '', key = '', value = ''] = match;
  if (!/^[A-Za-z][\w-]*$/.test(key)) {
    return `这一行不是“字段: 值”的写法:字段名要用英文(如 title),后面跟英文冒号“:”和一个空格;如果这是说明文字,请在行首加 #`;
  }
  return `“${key}”后面是中文冒号“：”:请换成英文冒号再加一个空格,写成“${lead}${key}: ${value}”`;
};

export const colonWithoutSpace: LineRule = (line) => {
  const field = fieldLine(line);
  if (!field || field.spaced) return undefined;
  return `冒号后面少了一个空格:写成“${field.lead}${field.key}: ${field.value}”(英文冒号,后面空一格)`;
};

/** The closing quote of a value that starts with one, or -1; `''` inside single quotes and `\"` inside double are not. */
function closingQuote(value: string): number {
  const quote = value[0];
  for (let at = 1; at < value.length; at++) {
    if (quote === '"' && value[at] === '\\') at++;
    else if (value[at] === quote) {
      if (quote === "'" && value[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

const unclosedQuote: LineRule = (line) => {
  const value = fieldLine(line)?.value ?? '';
  if (!/^["']/.test(value) || closingQuote(value) !== -1) return undefined;
  const [wide, name] = value[0] === '"' ? ['”', '双引号'] : ['’', '单引号'];
  return value.includes(wide)
    ? `引号没有配对:开头是英文${name}“${value[0]}”,结尾却是中文引号“${wide}”;两头都要用英文${name}`
    : `英文${name}“${value[0]}”没有结束:在值的末尾补上 ${value[0]},或者去掉开头的 ${value[0]}`;
};

const textAfterQuote: LineRule = (line) => {
  const field = fieldLine(line);
  if (!field || !/^["']/.test(field.value)) return undefined;
  const end = closingQuote(field.value);
  const after = end === -1 ? '' : plainValue(field.value.slice(end + 1));
  if (!after) return undefined;
  const whole = plainValue(field.value);
  return `引号后面还有文字“${after}”:要么把整个值放进引号里,写成“${field.lead}${field.key}: ${quoted(whole)}”,要么去掉引号`;
};

const unclosedBracket: LineRule = (line) => {
  const value = fieldLine(line)?.value ?? /^\s*-\s+(.*)$/.exec(line)?.[1] ?? '';
  const open = value[0];
  if (open !== '[' && open !== '{') return undefined;
  const [close, wide, example] =
    open === '[' ? [']', /[】］]/, '[甲, 乙]'] : ['}', /[｝]/, '{ src: ./图片.jpg, alt: 图片说明 }'];
  if (value.includes(close)) return undefined;
  const wrong = wide.exec(value)?.[0];
  return wrong
    ? `结尾用了中文括号“${wrong}”:请改成英文的 ${close}`
    : `“${open}”没有配对的“${close}”:要在同一行写完,写成 ${example}`;
};

const colonInValue: LineRule = (line) => {
  const field = fieldLine(line);
  if (!field?.spaced || /^["'[{|>]/.test(field.value)) return undefined;
  const value = plainValue(field.value);
  if (!/:(\s|$)/.test(value)) return undefined;
  return `值里有英文冒号加空格“: ”,会被当成又一个字段:请给整个值加上英文双引号,写成“${field.lead}${field.key}: ${quoted(value)}”,或者把冒号改成中文冒号“：”`;
};

/** Characters that mean something else at the start of a YAML value: an alias, a tag, a block of text… */
const reservedStart: LineRule = (line) => {
  const field = fieldLine(line);
  const value = plainValue(field?.value ?? '');
  if (!field || !/^(?:[@`*!]|[|>]\s*\S|[?-]\s)/.test(value)) return undefined;
  return `值以“${value[0]}”开头,这在 YAML 里有特殊含义:请给整个值加上英文双引号,写成“${field.lead}${field.key}: ${quoted(value)}”`;
};

const badEscape: LineRule = (line) => {
  const field = fieldLine(line);
  if (!field?.value.startsWith('"')) return undefined;
  const bad = /\\([^0abtnvfre "/\\N_LPxuU\t])/.exec(field.value);
  if (!bad) return undefined;
  const text = field.value.slice(1, closingQuote(field.value) === -1 ? undefined : closingQuote(field.value));
  return `双引号里的反斜杠“\\”有特殊含义:改用单引号,写成“${field.lead}${field.key}: '${text.replaceAll("'", "''")}'”`;
};

/** Mistakes that show on the line itself, most specific first. */
const sameLine: LineRule[] = [
  tabIndent,
  wideSpaceIndent,
  dashWithoutSpace,
  wideColon,
  colonWithoutSpace,
  unclosedQuote,
  textAfterQuote,
  unclosedBracket,
  badEscape,
  reservedStart,
  colonInValue,
];

/** Mistakes the parser notices only on a later line: what was opened is still open. */
const spanning: LineRule[] = [unclosedQuote, unclosedBracket];

const NOT_A_FIELD =
  '这一行不是“字段: 值”的写法:如果这是说明文字,请在行首加 #;如果这是正文,它应该写在属性区结束的 --- 下面';

const INDENT =
  '这一行的缩进和上下文对不上:同一层的字段要从同一列开始,子字段(如 source 下面的 name)比上一层多缩进两个空格';

const GENERAL =
  '这一行的写法读不懂:每行写成“字段: 值”(英文冒号,后面空一格);值里有冒号、# 或以符号开头时,给整个值加上英文双引号';

/**
 * Explains the first error YAML reports in frontmatter `lines`, on the line that needs the change; `firstLine` is
 * the file line of `lines[0]`, for messages that name another line.
 */
export function explainYamlError(lines: readonly string[], fault: YamlFault, firstLine: number): YamlAdvice {
  const at = Math.min(Math.max(fault.index, 0), Math.max(lines.length - 1, 0));
  const line = lines[at] ?? '';
  if (fault.code === 'DUPLICATE_KEY') return duplicateKey(lines, at, firstLine);
  for (const rule of sameLine) {
    const message = rule(line);
    if (message) return { index: at, message };
  }
  for (let above = at - 1; above >= 0; above--) {
    for (const rule of spanning) {
      const message = rule(lines[above] ?? '');
      if (message) return { index: above, message };
    }
  }
  // A line indented under one that already has its value (`title: a` then `  date: …`): YAML blames the first.
  const next = lines[at + 1];
  if (next !== undefined && indentOf(next) > indentOf(line) && fieldLine(line)?.value) {
    return { index: at + 1, message: INDENT };
  }
  if (fault.code === 'BAD_INDENT' || fault.code === 'TAB_AS_INDENT') return { index: at, message: INDENT };
  if (line.trim() && !/[:：]/.test(line)) return { index: at, message: NOT_A_FIELD };
  return { index: at, message: GENERAL };
}

function duplicateKey(lines: readonly string[], at: number, firstLine: number): YamlAdvice {
  const field = fieldLine(lines[at] ?? '');
  if (!field) return { index: at, message: '同一个字段写了两次:删去其中一行' };
  const first = lines.findIndex((line, index) => {
    const other = fieldLine(line);
    return index < at && other?.key === field.key && indentOf(line) === indentOf(lines[at] ?? '');
  });
  const where = first === -1 ? '' : `(第 ${first + firstLine} 行已经写过)`;
  return { index: at, message: `字段“${field.key}”写了两次${where}:删去其中一行` };
}

/** Explains a value the parser accepted but could not turn into data: `*重要*` reads as a reference to an anchor. */
export function explainUnreadableValue(lines: readonly string[]): YamlAdvice {
  const index = lines.findIndex((line) => reservedStart(line));
  return index === -1
    ? { index: 0, message: GENERAL }
    : { index, message: reservedStart(lines[index] ?? '') ?? GENERAL };
}

/** A line that was meant to be `---`: two or four dashes, long dashes typed with a Chinese input method, spaces. */
export function looksLikeFence(line: string): boolean {
  return !/^---[ \t]*$/.test(line) && /^\s*(?:[-—–－─_]\s*){2,}$/.test(line);
}

/** Why a file has no frontmatter, on its first line. */
export function explainMissingStart(first: string): string {
  if (looksLikeFence(first)) return `第一行要写三个英文减号 ---(现在是“${first}”),前后不要有别的字符`;
  if (!first.trim()) return '第一行要是 ---:文件开头不能有空行';
  if (fieldLine(first) || wideColon(first))
    return `文件第一行要是 ---:在“${first}”这一行上面加一行 ---,属性区写完后再加一行 ---`;
  return '文件开头缺少属性区:第一行写 ---,接着每行一个“字段: 值”,再写一行 --- 结束,正文写在它下面';
}

/** Where the closing `---` of frontmatter that never ends should go, given the lines after the opening one. */
export function explainMissingEnd(lines: readonly string[]): YamlAdvice {
  const fence = lines.findIndex(looksLikeFence);
  if (fence !== -1) {
    return { index: fence, message: `这一行应该是结束属性区的 ---(现在是“${lines[fence]}”):请写成三个英文减号` };
  }
  const body = lines.findIndex(
    (line) => line.trim() !== '' && !/^\s/.test(line) && !/^#/.test(line) && !/^-\s/.test(line) && !/[:：]/.test(line),
  );
  if (body !== -1) {
    return { index: body, message: '属性区没有结束的 --- 行:请在这一行(正文开始的地方)上面加一行 ---' };
  }
  return { index: -1, message: '属性区没有结束的 --- 行:请在最后一个字段下面加一行 ---,正文写在它下面' };
}
