import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle } from './lib/import/index.ts';
import { UsageError } from './lib/usage-error.ts';

const usage = `用法:npm run import -- <文本文件|-> [--city 城市文件名]
例如:npm run import -- ~/桌面/文章.txt --city liaocheng   (写 - 则从标准输入读取)`;

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { city: { type: 'string' }, root: { type: 'string' } },
  });
  const [input, ...rest] = positionals;
  if (!input || rest.length > 0) throw new UsageError(usage);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input === '-' ? 0 : input);
  } catch {
    throw new UsageError(`读不到文件“${input}”:请检查文件名和位置`);
  }
  const result = importArticle({ bytes, root: values.root ?? process.cwd(), city: values.city });
  mkdirSync(dirname(result.absolute), { recursive: true });
  // `wx`: an existing file is never overwritten; the name was chosen free, this guards the moment in between.
  writeFileSync(result.absolute, result.text, { flag: 'wx' });
  const { article } = result;
  const found = [
    `类型:${article.shape}`,
    `编码:${result.encoding}`,
    `段落:${article.blocks.filter((block) => block.kind === 'paragraph').length}`,
    `小标题:${article.blocks.filter((block) => block.kind === 'heading').length}`,
  ];
  console.log(result.file);
  console.error(`已导入(${found.join(',')})。`);
  if (result.report.length > 0) {
    console.error('请人工补充或核对:');
    for (const line of result.report) console.error(`  - ${line}`);
  }
  console.error('改好后运行 npm run check。');
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
  console.error(error instanceof UsageError ? error.message : `${error.message}\n${usage}`);
  process.exitCode = 2;
}
