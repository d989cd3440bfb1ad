import { describe, expect, it } from 'vitest';
import {
  lineOfUrl,
  ManifestError,
  parseManifest,
  serializeManifest,
  type UrlManifest,
} from '../../src/url-manifest/manifest.ts';
import { SHORT_ALPHABET, shortCode } from '../../src/url-manifest/short-codes.ts';

const manifest: UrlManifest = new Map([
  ['/news/2024/b/', { entry: 'news/2024/b', short: 'k7mq' }],
  ['/', {}],
  ['/news/2024/a/', { to: '/news/2024/b/', entry: 'news/2024/b' }],
]);

describe('the URL manifest file', () => {
  it('writes one URL per line, sorted, and reads back the same records', () => {
    const text = serializeManifest(manifest);
    expect(text.split('\n').filter((line) => line.startsWith('    '))).toEqual([
      '    "/": {},',
      '    "/news/2024/a/": {"entry":"news/2024/b","to":"/news/2024/b/"},',
      '    "/news/2024/b/": {"entry":"news/2024/b","short":"k7mq"}',
    ]);
    expect(parseManifest(text)).toEqual(new Map([...manifest].sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(serializeManifest(parseManifest(text))).toBe(text);
  });

  it('points at the line of a URL’s record', () => {
    const text = serializeManifest(manifest);
    expect(text.split('\n')[lineOfUrl(text, '/news/2024/b/') - 1]).toContain('"/news/2024/b/"');
  });

  it('rejects a damaged file with a message staff can act on', () => {
    expect(() => parseManifest('{ "urls": { "/": {} ')).toThrow(ManifestError);
    expect(() => parseManifest('{ "about": "x" }')).toThrow(/缺少 "urls"/);
  });
});

describe('shortCode', () => {
  it('uses four characters a reader cannot misread', () => {
    const code = shortCode('news/2024/sanba-jie', new Set());
    expect(code).toHaveLength(4);
    for (const char of code) expect(SHORT_ALPHABET).toContain(char);
    expect(SHORT_ALPHABET).not.toMatch(/[01ilo]/);
  });

  it('gives the same entry the same code on any machine, and skips a code already taken', () => {
    const first = shortCode('news/2024/sanba-jie', new Set());
    expect(shortCode('news/2024/sanba-jie', new Set())).toBe(first);
    const second = shortCode('news/2024/sanba-jie', new Set([first]));
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[2-9a-hjkmnp-z]{4}$/);
  });
});
