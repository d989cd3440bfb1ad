import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle, limits, type ImportedEntry, type SiblingReader } from '../src/import/index.ts';
import { formatNames, removedLabel, shapeNames } from '../src/import/labels.ts';
import { importContext } from './lib/import-context.ts';
import { UsageError } from './lib/usage-error.ts';

const usage = `用法:npm run import -- <文件|-> [--city 城市文件名] [--slug 文件名]
文件可以是 .txt/.md 文本(任何常见编码)、Word 文件(.docx),或浏览器“另存为 → 网页,全部”保存的 .html(连同旁边的 _files 文件夹)。
例如:npm run import -- ~/桌面/文章.docx --city liaocheng   (写 - 则从标准输入读取文字)`;

/** A file larger than any the importer accepts is refused before it is read: memory stays bounded. */
const MAX_INPUT = Math.max(limits.docxBytes, limits.htmlBytes, limits.textBytes);

const fieldNames: Record<string, string> = {
  contributor: '供稿',
  reporter: '记者/作者',
  editor: '编辑',
  reviewer: '审核',
  supervisor: '监制',
};

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { city: { type: 'string' }, slug: { type: 'string' }, root: { type: 'string' } },
  });
  const [input, ...rest] = positionals;
  if (!input || rest.length > 0) throw new UsageError(usage);
  const root = values.root ?? process.cwd();
  const { name, bytes } = input === '-' ? { name: '标准输入.txt', bytes: readStdin() } : readInput(input);
  const outcome = await importArticle(
    {
      name,
      bytes,
      ...(input === '-' ? {} : { readSibling: siblingReader(input) }),
      ...(values.city ? { city: values.city } : {}),
      ...(values.slug !== undefined ? { slug: values.slug } : {}),
    },
    importContext(root),
  );
  if (!outcome.ok) throw new UsageError(outcome.message);
  write(root, outcome);
  report(outcome);
}

function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(65536);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > MAX_INPUT) throw new UsageError(`输入太大(超过 ${MAX_INPUT / 1024 / 1024} MB):请确认只复制了一篇文章`);
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks);
}

function readInput(input: string): { name: string; bytes: Uint8Array } {
  let size: number;
  try {
    const stat = statSync(input);
    if (stat.isDirectory()) {
      throw new UsageError(
        `“${input}”是一个文件夹:请选文件夹里的文章文件;保存的网页请选 .html 文件(不是 _files 文件夹)`,
      );
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`读不到文件“${input}”:请检查文件名和位置`);
  }
  if (size > MAX_INPUT) {
    throw new UsageError(
      `文件太大(${(size / 1024 / 1024).toFixed(1)} MB):导入的文件最多 ${MAX_INPUT / 1024 / 1024} MB。请确认选对了文件;很长的材料请分成几篇导入`,
    );
  }
  const descriptor = openSync(input, 'r');
  try {
    const bytes = Buffer.alloc(size);
    readSync(descriptor, bytes, 0, size, 0);
    return { name: basename(input), bytes };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * A saved page's own files, confined to the page's folder: an address that
 * leads out of it (`..`, a link to elsewhere) is not read.
 */
function siblingReader(page: string): SiblingReader {
  const folder = realpathSync(dirname(resolve(page)));
  return async (relativePath) => {
    const absolute = resolve(folder, relativePath);
    if (!absolute.startsWith(folder + sep) || !existsSync(absolute)) return undefined;
    const real = realpathSync(absolute);
    if (!real.startsWith(folder + sep) || lstatSync(real).isDirectory()) return undefined;
    if (statSync(real).size > limits.pictureBytes) return undefined;
    return readFileSync(real);
  };
}

/** Nothing is written unless every file is new: the entry and its pictures are checked before any is written. */
function write(root: string, outcome: ImportedEntry): void {
  const targets = [outcome.file, ...outcome.pictures.map((picture) => picture.file)].map((file) => resolve(root, file));
  const existing = targets.find((target) => existsSync(target));
  if (existing)
    throw new UsageError(`文件 ${relative(root, existing)} 已经存在,没有写入任何文件:请用 --slug 另取文件名`);
  mkdirSync(dirname(targets[0]!), { recursive: true });
  // `wx`: an existing file is never overwritten, even if one appeared since the check above.
  for (const picture of outcome.pictures) writeFileSync(join(root, picture.file), picture.bytes, { flag: 'wx' });
  writeFileSync(targets[0]!, outcome.text, { flag: 'wx' });
}

function report(outcome: ImportedEntry): void {
  const { fields } = outcome;
  const blocks = outcome.body.split(/\n{2,}/u);
  const headings = blocks.filter((block) => /^#{2,3} /u.test(block)).length;
  console.log(outcome.file);
  const summary = [
    formatNames[outcome.format],
    `按${shapeNames[outcome.shape]}读取`,
    ...(outcome.encoding ? [`编码:${outcome.encoding}`] : []),
    `段落:${blocks.length - headings - outcome.pictures.length}`,
    `小标题:${headings}`,
    `图片:${outcome.pictures.length}`,
  ];
  const out = (line = '') => console.error(line);
  out(`已导入(${summary.join(',')})。`);
  out('读出的字段:');
  out(`  标题  ${fields.title ?? '(没有认出,待填写)'}`);
  out(
    `  日期  ${fields.date ? `${fields.date.day}${fields.date.time ? ` ${fields.date.time}` : ''}` : '(没有认出,待填写)'}`,
  );
  out(`  城市  ${fields.city ?? '(没有认出,待填写)'}`);
  out(`  来源  ${fields.source.name ?? '(没有认出,待填写)'}${fields.source.kind ? `(${fields.source.kind})` : ''}`);
  const credits = Object.entries(fields.credits).map(
    ([role, names]) => `${fieldNames[role] ?? role} ${names.join('、')}`,
  );
  out(`  署名  ${credits.length > 0 ? credits.join(';') : '(没有)'}`);
  if (outcome.removed.length > 0) {
    out(`没有放进正文的行(${outcome.removed.length} 行,请看一眼其中有没有文章的句子):`);
    const width = Math.max(...outcome.removed.map((removed) => columns(removedLabel(removed))));
    for (const removed of outcome.removed) {
      const label = removedLabel(removed);
      out(`  [${label}]${' '.repeat(width - columns(label) + 1)}${removed.text}`);
    }
  }
  if (outcome.pictures.length > 0) {
    out('写入的图片:');
    for (const picture of outcome.pictures) out(`  ${picture.file}`);
  }
  if (outcome.checks.length > 0) {
    out('请人工补充或核对:');
    for (const line of outcome.checks) out(`  - ${line}`);
  }
  out('改好后运行 npm run check。');
}

/** Chinese characters take two columns in a terminal. */
function columns(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uFFFF]/u.test(char) ? 2 : 1;
  return width;
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
  console.error(error instanceof UsageError ? error.message : `${error.message}\n${usage}`);
  process.exitCode = 2;
}
