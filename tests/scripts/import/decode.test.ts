import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../scripts/lib/import/decode.ts';

const text = '吉林市妇联举办执委培训班。供稿:东昌府区妇联';

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads GBK and GB18030, as Windows tools save them', () => {
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    // 𠮷 exists only in GB18030's four-byte range.
    expect(decodeText(iconv.encode('𠮷野家', 'gb18030'))).toEqual({ text: '𠮷野家', encoding: 'gb18030' });
  });

  it('reads the GBK e-paper fixture', () => {
    const { text: decoded, encoding } = decodeText(
      readFileSync(new URL('../../fixtures/import/newspaper-gbk.txt', import.meta.url)),
    );
    expect(encoding).toBe('gb18030');
    expect(decoded).toContain('长春市妇联改革让基层妇女“找得到、信得过”');
  });
});
