import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/astro-cli.ts';
import { withFieldTables } from './lib/field-docs.ts';
import { collectionNames } from '../src/schemas/shared.ts';

/** Writes docs/content.md's field tables afresh from src/schemas/ (`npm run docs:fields`). */
const file = join(projectRoot, 'docs/content.md');
const before = readFileSync(file, 'utf8');
const after = withFieldTables(before, collectionNames);
if (after !== before) writeFileSync(file, after);
console.log(
  after === before ? 'docs/content.md 的字段表已是最新。' : '已按 src/schemas/ 更新 docs/content.md 的字段表。',
);
