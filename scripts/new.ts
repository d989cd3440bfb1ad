import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { kinds, scaffold, type Kind } from './lib/scaffold.ts';
import { UsageError } from './lib/usage-error.ts';

const usage = `用法:npm run new -- <${kinds.join('|')}> "<标题或姓名>" [--city 城市文件名] [--date YYYY-MM-DD]
例如:npm run new -- news "三八节座谈会" --city liaocheng`;

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { city: { type: 'string' }, date: { type: 'string' }, root: { type: 'string' } },
  });
  const [kind, title, ...rest] = positionals;
  if (!kind || !title || rest.length > 0) throw new UsageError(usage);
  if (!(kinds as readonly string[]).includes(kind)) throw new UsageError(`不认识“${kind}”这种内容。\n${usage}`);
  const result = scaffold({
    kind: kind as Kind,
    title,
    city: values.city,
    date: values.date,
    root: values.root ?? process.cwd(),
  });
  mkdirSync(dirname(result.absolute), { recursive: true });
  // `wx` refuses to write over a file, should one appear between choosing the name and writing it.
  writeFileSync(result.absolute, result.text, { flag: 'wx' });
  console.log(result.file);
  console.error('已建好文件。打开它,把“待填写”的地方换成实际内容,然后运行 npm run check。');
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
  // parseArgs reports unknown options as a TypeError with a plain message.
  console.error(error instanceof UsageError ? error.message : `${error.message}\n${usage}`);
  process.exitCode = 2;
}
