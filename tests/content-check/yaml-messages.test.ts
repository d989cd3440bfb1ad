import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseFrontmatter } from '../../src/content-check/index.ts';

/**
 * The message and file line a file's frontmatter mistake gets, whether YAML refused the text (an error) or read it
 * as something else than meant (a note); the file is written line by line.
 */
function mistake(...lines: string[]): { line: number; message: string } {
  try {
    const note = parseFrontmatter(lines.join('\n')).notes.find(({ severity }) => severity === 'error');
    if (note) return { line: note.line, message: note.message };
  } catch (error) {
    if (error instanceof FrontmatterError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error(`expected a mistake in ${lines.join(' / ')}`);
}

describe('YAML mistakes, explained on the line to change with what to type', () => {
  const cases: { name: string; lines: string[]; line: number; message: string }[] = [
    {
      name: 'a colon with no space after it, nested',
      lines: ['---', 'source:', '  kind:wechat', '---'],
      line: 3,
      message: '冒号后面少了一个空格:写成“  kind: wechat”(英文冒号,后面空一格)',
    },
    {
      name: 'a full-width space before a field',
      lines: ['---', 'name: 吉林市', '\u3000province: 吉林省', 'city: jilin', '---'],
      line: 3,
      message: '这一行开头有全角空格“　”:请删去它,缩进只能用半角空格(英文输入法下的空格)',
    },
    {
      name: 'a Chinese field name with a full-width colon (or an explanation that lost its #)',
      lines: ['---', 'name: 吉林市', '标题：会议', '---'],
      line: 3,
      message:
        '这一行不是“字段: 值”的写法:字段名要用英文(如 title),后面跟英文冒号“:”和一个空格;如果这是说明文字,请在行首加 #',
    },
    {
      name: 'an unclosed double quote, which YAML notices a line later',
      lines: ['---', 'title: "三八节座谈会', 'date: 2024-03-08', 'city: jilin', '---'],
      line: 2,
      message: '英文双引号“"”没有结束:在值的末尾补上 ",或者去掉开头的 "',
    },
    {
      name: 'an unclosed single quote',
      lines: ['---', "title: '三八节座谈会", 'date: 2024-03-08', '---'],
      line: 2,
      message: "英文单引号“'”没有结束:在值的末尾补上 ',或者去掉开头的 '",
    },
    {
      name: 'text after a closing quote',
      lines: ['---', 'title: "巾帼课堂"第三期', '---'],
      line: 2,
      message: `引号后面还有文字“第三期”:要么把整个值放进引号里,写成“title: '"巾帼课堂"第三期'”,要么去掉引号`,
    },
    {
      name: 'a backslash inside double quotes',
      lines: ['---', 'title: "文件在 D:\\资料 里"', '---'],
      line: 2,
      message: "双引号里的反斜杠“\\”有特殊含义:改用单引号,写成“title: '文件在 D:\\资料 里'”",
    },
    {
      name: 'a value that starts with a backtick',
      lines: ['---', 'title: `巾帼`课堂', '---'],
      line: 2,
      message: '值以“`”开头,这在 YAML 里有特殊含义:请给整个值加上英文双引号,写成“title: "`巾帼`课堂"”',
    },
    {
      name: 'a value that starts with | and goes on',
      lines: ['---', 'title: |巾帼课堂|', '---'],
      line: 2,
      message: '值以“|”开头,这在 YAML 里有特殊含义:请给整个值加上英文双引号,写成“title: "|巾帼课堂|"”',
    },
    {
      name: 'a [ list with no ]',
      lines: ['---', 'tags: [家政, 培训', 'date: 2024-03-08', '---'],
      line: 2,
      message: '“[”没有配对的“]”:要在同一行写完,写成 [甲, 乙]',
    },
    {
      name: 'a { picture } with no }',
      lines: ['---', 'cover: { src: ./a.jpg, alt: 说明', 'date: 2024-03-08', '---'],
      line: 2,
      message: '“{”没有配对的“}”:要在同一行写完,写成 { src: ./图片.jpg, alt: 图片说明 }',
    },
    {
      name: 'list dashes without a space, at the left edge',
      lines: ['---', 'tags:', '- 家政', '-培训', 'date: 2024-03-08', '---'],
      line: 4,
      message: '列表的“-”后面要有一个空格:写成“- 培训”',
    },
    {
      name: 'a field indented under one that has its value',
      lines: ['---', 'title: 座谈会', '  date: 2024-03-08', '---'],
      line: 3,
      message:
        '这一行的缩进和上下文对不上:同一层的字段要从同一列开始,子字段(如 source 下面的 name)比上一层多缩进两个空格',
    },
    {
      name: 'a line of text among the fields',
      lines: ['---', 'title: 座谈会', '这是说明', 'date: 2024-03-08', '---'],
      line: 3,
      message: '这一行不是“字段: 值”的写法:如果这是说明文字,请在行首加 #;如果这是正文,它应该写在属性区结束的 --- 下面',
    },
    {
      name: 'an opening fence typed with long dashes',
      lines: ['——', 'title: 座谈会', '---'],
      line: 1,
      message: '第一行要写三个英文减号 ---(现在是“——”),前后不要有别的字符',
    },
    {
      name: 'an empty line before the opening fence',
      lines: ['', '---', 'title: 座谈会', '---'],
      line: 1,
      message: '第一行要是 ---:文件开头不能有空行',
    },
    {
      name: 'a closing fence of two dashes',
      lines: ['---', 'title: 座谈会', '--', '正文'],
      line: 3,
      message: '这一行应该是结束属性区的 ---(现在是“--”):请写成三个英文减号',
    },
    {
      name: 'no closing fence and no body',
      lines: ['---', 'title: 座谈会', 'date: 2024-03-08'],
      line: 1,
      message: '属性区没有结束的 --- 行:请在最后一个字段下面加一行 ---,正文写在它下面',
    },
  ];

  for (const { name, lines, line, message } of cases) {
    it(name, () => {
      expect(mistake(...lines)).toEqual({ line, message });
    });
  }
});
