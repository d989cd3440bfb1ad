import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticle, type ImportContext } from '../../src/import/index.ts';
import { importContext } from '../../scripts/lib/import-context.ts';
import { projectRoot, siteRoot } from './support.ts';

let root: string;
let remove: () => void;
let context: ImportContext;

beforeEach(() => {
  ({ root, remove } = siteRoot());
  context = importContext(root);
});
afterEach(() => remove());

const utf8 = (text: string) => new TextEncoder().encode(text);
const docxLike = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, utf8(text)])));

/** Inputs that are not an article the importer can read, each with what its message must tell the person. */
const refused: [string, string, Uint8Array, RegExp][] = [
  ['an empty file', '文章.txt', new Uint8Array(), /文件是空的/u],
  ['a zip archive', '材料.zip', docxLike({ 'a.txt': '文章' }), /压缩包.*先解压/u],
  ['a PDF', '文章.pdf', utf8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), /PDF.*复制文字/u],
  ['a PNG picture', '照片.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), /图片/u],
  ['a JPEG picture named .txt', '文章.txt', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46), /图片/u],
  [
    'an old Word file',
    '文章.doc',
    Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
    /旧版 Word.*另存为.*docx/u,
  ],
  ['an Excel workbook', '表格.xlsx', docxLike({ 'xl/workbook.xml': '<workbook/>' }), /Excel/u],
  ['a PowerPoint file', '汇报.pptx', docxLike({ 'ppt/presentation.xml': '<p/>' }), /PowerPoint/u],
  ['a damaged Word file', '文章.docx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5), /损坏/u],
  ['an RTF file', '文章.rtf', utf8('{\\rtf1\\ansi 文章}'), /RTF/u],
  ['a file of NUL bytes', '文章.txt', new Uint8Array(4096), /不是文字/u],
  [
    'binary bytes',
    '数据.bin',
    Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256),
    /不是文字|读不出/u,
  ],
  ['control characters in text', '文章.txt', utf8('标题\n正文\u0007\u0001内容'), /不是文字/u],
  ['a page saved as a single file', '网页.mht', utf8('MIME-Version: 1.0\r\n'), /单个文件/u],
  [
    'a Word file with nothing in it',
    '空白.docx',
    docxLike({
      'word/document.xml':
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    }),
    /没有从|打不开/u,
  ],
  ['a text over the size limit', '长文.txt', new Uint8Array(3 * 1024 * 1024).fill(0x41), /太大/u],
];

describe('refused input', () => {
  it.each(refused)('refuses %s with a Chinese message saying what to do', async (_what, name, bytes, message) => {
    const outcome = await importArticle({ name, bytes }, context);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(message);
    expect(outcome.message).toMatch(/\p{Script=Han}/u);
  });

  it('refuses the same article imported twice, naming the file it already is', async () => {
    const bytes = utf8(
      '社区妇女之家开放\n2024年3月8日\n活动当天，三十多位聊城市妇女参加了开放日的各项活动，大家都说收获很大。\n',
    );
    const first = await importArticle({ name: 'a.txt', bytes }, context);
    if (!first.ok) throw new Error(first.message);
    mkdirSync(join(root, 'content/news/2024'), { recursive: true });
    writeFileSync(join(root, first.file), first.text);
    const second = await importArticle({ name: 'a.txt', bytes }, importContext(root));
    expect(second).toMatchObject({ ok: false, code: 'exists' });
    if (!second.ok) expect(second.message).toContain(first.file);
  });

  it('takes a different article under a taken name, and says so', async () => {
    const one = await importArticle(
      { name: 'a.txt', text: '社区妇女之家开放\n2024年3月8日\n第一篇的正文，讲的是聊城市一个社区的妇女之家开放。' },
      context,
    );
    if (!one.ok) throw new Error(one.message);
    mkdirSync(join(root, 'content/news/2024'), { recursive: true });
    writeFileSync(join(root, one.file), one.text);
    const two = await importArticle(
      {
        name: 'b.txt',
        text: '社区妇女之家开放\n2024年5月9日\n第二篇的正文，讲的是另一个社区的妇女之家，和第一篇不是一回事。',
      },
      importContext(root),
    );
    if (!two.ok) throw new Error(two.message);
    expect(two.file).toBe(one.file.replace(/\.md$/u, '-2.md'));
    expect(two.checks.join('\n')).toContain('已经有文件名');
  });

  it('refuses an unknown city and a slug that cannot be a URL or is taken', async () => {
    const text = '社区妇女之家开放\n2024年3月8日\n正文。';
    expect(await importArticle({ name: 'a.txt', text, city: 'nowhere' }, context)).toMatchObject({
      ok: false,
      code: 'unknown-city',
    });
    expect(await importArticle({ name: 'a.txt', text, slug: '妇女之家' }, context)).toMatchObject({
      ok: false,
      code: 'bad-slug',
    });
    const taken = { ...context, taken: new Set(['2024/funv-zhijia']) };
    expect(await importArticle({ name: 'a.txt', text, slug: 'funv-zhijia' }, taken)).toMatchObject({
      ok: false,
      code: 'bad-slug',
    });
    expect(await importArticle({ name: 'a.txt', text, slug: 'funv-zhijia-kaifang' }, context)).toMatchObject({
      ok: true,
      file: 'content/news/2024/funv-zhijia-kaifang.md',
    });
  });
});

/** `npm run import -- …` as a person runs it. */
function run(args: string[], input?: Uint8Array) {
  return spawnSync(process.execPath, ['scripts/import.ts', ...args, '--root', root], {
    cwd: projectRoot,
    encoding: 'utf8',
    input,
  });
}

function contentFiles(): string[] {
  return readdirSync(join(root, 'content'), { recursive: true }).map(String).sort();
}

// Each call starts Node with the importer: seconds on a busy two-core machine.
describe('npm run import on refused input', { timeout: 60_000 }, () => {
  it.each(refused.filter(([what]) => what !== 'a Word file with nothing in it'))(
    'exits 2 on %s, in Chinese, with nothing written',
    (_what, name, bytes, message) => {
      const before = contentFiles();
      const file = join(root, name);
      writeFileSync(file, bytes);
      const result = run([file]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /mu);
      expect(result.stdout).toBe('');
      expect(contentFiles()).toEqual(before);
    },
  );

  it('refuses a 20 MB text from its size alone, before reading it', () => {
    const file = join(root, '很长.txt');
    writeFileSync(file, new Uint8Array(20 * 1024 * 1024).fill(0x41));
    const result = run([file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('文件太大(20.0 MB)');
  });

  it('refuses a folder and a missing file', () => {
    expect(run([join(root, 'content')]).stderr).toContain('是一个文件夹');
    const missing = run(['no-such-file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('读不到文件“no-such-file.txt”');
  });

  it('says an article is already there on the second import, and writes nothing', () => {
    const file = join(projectRoot, 'tests/fixtures/import/corpus/files/md-01-qinzhou-wire.txt');
    expect(run([file]).status).toBe(0);
    const before = contentFiles();
    const again = run([file]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/已经导入过:content\/news\/2025\/.+\.md/u);
    expect(contentFiles()).toEqual(before);
  });

  it('reads GBK from standard input as well', () => {
    const result = run(['-'], iconv.encode('社区妇女之家开放\n2024年3月8日\n聊城市妇联的社区妇女之家开放了。', 'gbk'));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('编码:gb18030');
  });
});
