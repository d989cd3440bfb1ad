import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminConfig } from '../../src/cms/config.ts';
import { inEditorWords, withImportedDraft, type ImportReportField } from '../../src/cms/imported-draft.ts';
import { customWidgets, FILENAME_FIELD, IMPORT_FIELD } from '../../src/cms/names.ts';
import type { DecapField } from '../../src/cms/widgets.ts';
import { site } from '../../src/config/site.ts';
import { importArticle, type ImportedEntry } from '../../src/import/index.ts';
import { importContext } from '../../scripts/lib/import-context.ts';
import { projectRoot } from '../support/astro-cli.ts';

interface Collection {
  name: string;
  fields: DecapField[];
}

// A WeChat post as staff copy it, header and closing lines included (written for the tests).
const article = readFileSync(join(projectRoot, 'tests/fixtures/cms/wechat-paste.txt'), 'utf8');

const now = new Date('2026-06-01T12:00:00+08:00');

async function imported(text = article): Promise<ImportedEntry> {
  const outcome = await importArticle({ name: '粘贴的文字.txt', text }, importContext(projectRoot, now));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const config = () => adminConfig({ site, contentDir: 'content' }) as { collections: Collection[] };
const news = (value: { collections: Collection[] }) => value.collections.find((c) => c.name === 'news')!;
const fieldOf = (fields: DecapField[], path: string): DecapField =>
  path
    .split('.')
    .reduce<DecapField | undefined>(
      (found, name) => ((found ? (found.fields as DecapField[]) : fields) ?? []).find((f) => f.name === name),
      undefined,
    )!;

describe('a news item started from an imported article', () => {
  it('starts each field the importer read at its value, the file name included', async () => {
    const outcome = await imported();
    const fields = news(withImportedDraft(config(), outcome)).fields;
    expect(fieldOf(fields, 'title').default).toBe('巾帼建新功丨聊城市妇联举办家庭教育指导师培训班');
    expect(fieldOf(fields, 'date').default).toBe('2025-04-18 16:20');
    expect(fieldOf(fields, 'city').default).toBe('liaocheng');
    expect(fieldOf(fields, 'summary').default).toBe(outcome.fields.summary);
    expect(fieldOf(fields, 'source.name').default).toBe(outcome.fields.source.name);
    expect(fieldOf(fields, 'source.kind').default).toBe('wechat');
    expect(fieldOf(fields, 'credits.reviewer').default).toEqual(['孙丽']);
    expect(fieldOf(fields, 'body').default).toBe(outcome.body);
    expect(fieldOf(fields, FILENAME_FIELD).default).toBe(outcome.file.split('/').at(-1)!.replace(/\.md$/, ''));
    // What it could not read keeps the schema's own start, and the editor asks for it as for any required field.
    expect(fieldOf(fields, 'tags').default).toBe(fieldOf(news(config()).fields, 'tags').default);
  });

  it('puts the report of what to check on top, in the editor’s words, and changes no other collection', async () => {
    const outcome = await imported(
      article.replace('2025-04-18 16:20 山东\n', '').replace('原创 周敏 聊城市妇联\n', ''),
    );
    const before = config();
    const after = withImportedDraft(before, outcome);
    const report = news(after).fields[0] as ImportReportField;
    expect(report).toMatchObject({ name: IMPORT_FIELD, widget: customWidgets.importReport, required: false });
    expect(report.origin).toContain('文本');
    expect(report.checks.length).toBe(outcome.checks.length);
    expect(report.checks.join('\n')).toContain('原文没有写明日期:“发布日期”暂填为现在');
    expect(report.checks.join('\n')).not.toMatch(/source\.name|--slug|--city|文件夹/);
    expect(report.removed.map((line) => line.label)).toContain('标题');
    expect(after.collections.filter((c) => c.name !== 'news')).toEqual(
      before.collections.filter((c) => c.name !== 'news'),
    );
    expect(news(before).fields.some((field) => field.name === IMPORT_FIELD)).toBe(false);
  });
});

describe('the importer’s checks in the editor’s words', () => {
  const labels = new Map([
    ['source.name', '来源名称'],
    ['city', '所属城市'],
    ['credits.reviewer', '审核'],
    [FILENAME_FIELD, '文件名(网址)'],
  ]);

  it('names fields by their labels and leaves out the command line’s options', () => {
    expect(inEditorWords('没有认出来源:请填写 source.name', labels)).toBe('没有认出来源:请填写“来源名称”');
    expect(inEditorWords('原文没有写审核人:请填写 credits.reviewer', labels)).toBe('原文没有写审核人:请填写“审核”');
    expect(inEditorWords('正文里没有认出已有的城市:请填写 city,或导入时加 --city 城市文件名', labels)).toBe(
      '正文里没有认出已有的城市:请填写“所属城市”',
    );
    expect(inEditorWords('这篇用了“x-2”:可以用 --slug 另取文件名', labels)).toBe(
      '这篇用了“x-2”:可以在“文件名(网址)”里另取文件名',
    );
  });

  it('leaves addresses and file names as they are', () => {
    const check = '请打开 https://example.cn/city/title.jpg 另存到文章旁边,再在正文里写 ![说明](./city.jpg)';
    expect(inEditorWords(check, labels)).toBe(check);
  });
});
