import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTable, withFieldTables } from '../../scripts/lib/field-docs.ts';
import { collectionNames } from '../../src/schemas/shared.ts';
import { projectRoot } from '../support/astro-cli.ts';

describe('docs/content.md field tables', () => {
  it('are the ones the schemas make: run npm run docs:fields after changing a field', () => {
    const doc = readFileSync(join(projectRoot, 'docs/content.md'), 'utf8');
    expect(withFieldTables(doc, collectionNames)).toBe(doc);
  });

  it('say what the editor and npm run new say: the schema metadata, required or not, options and examples', () => {
    const news = fieldTable('news').split('\n');
    expect(news).toContain('| `title` | 必填 | 标题 | `聊城市妇联在全省会议上交流基层组织建设经验` |');
    expect(news).toContain(
      '| `source.kind` | 必填 | 来源类型;`wechat` 微信公众号、`newspaper` 报纸、`media` 融媒体、`original` 本站原创 | `wechat` |',
    );
    expect(news).toContain(
      '| `brands` | 选填 | 相关品牌;本文涉及的品牌项目;写品牌的文件名的列表 | `[jilin-sijie, jilin-dajie]` |',
    );
  });

  it('refuses a document whose markers are gone', () => {
    expect(() => withFieldTables('# 内容编写规范\n', ['news'])).toThrow(/no markers for the news table/);
  });
});
