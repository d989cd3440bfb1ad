import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseManifest, serializeManifest, type UrlManifest } from '../../src/url-manifest/manifest.ts';
import { loadManifest, saveManifest } from '../../src/url-manifest/store.ts';

/** A site deployed before the manifest went line by line: its `content/urls.json` as the build wrote it then. */
const legacyText = (urls: Record<string, object>) =>
  `{\n  "about": "网址清单",\n  "urls": {\n${Object.entries(urls)
    .map(([path, record]) => `    ${JSON.stringify(path)}: ${JSON.stringify(record)}`)
    .join(',\n')}\n  }\n}\n`;

let root: string;
const content = (file: string) => join(root, 'content', file);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'jinguo-store-'));
  mkdirSync(join(root, 'content'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the manifest on disk', () => {
  it('is empty, and named urls.jsonl, on a site never built', () => {
    const loaded = loadManifest(root);
    expect(loaded.records.size).toBe(0);
    expect(loaded.file).toBe('content/urls.jsonl');
    expect(saveManifest(loaded, new Map([['/', {}]]))).toBe(true);
    expect(parseManifest(readFileSync(content('urls.jsonl'), 'utf8'))).toEqual(new Map([['/', {}]]));
  });

  it('is written only when it changed', () => {
    const manifest: UrlManifest = new Map([['/news/2024/a/', { entry: 'news/2024/a', short: 'k7mq' }]]);
    writeFileSync(content('urls.jsonl'), serializeManifest(manifest));
    expect(saveManifest(loadManifest(root), manifest)).toBe(false);
    expect(saveManifest(loadManifest(root), new Map([...manifest, ['/', {}]]))).toBe(true);
  });

  it('reads a deployed site’s older urls.json, and the first save replaces it with urls.jsonl', () => {
    writeFileSync(
      content('urls.json'),
      legacyText({ '/': {}, '/news/2024/a/': { entry: 'news/2024/a', short: 'k7mq' } }),
    );
    const loaded = loadManifest(root);
    expect(loaded.file).toBe('content/urls.json');
    expect(loaded.records.get('/news/2024/a/')).toEqual({ entry: 'news/2024/a', short: 'k7mq' });
    expect(saveManifest(loaded, loaded.records)).toBe(true);
    expect(existsSync(content('urls.json'))).toBe(false);
    expect(parseManifest(readFileSync(content('urls.jsonl'), 'utf8'))).toEqual(loaded.records);
  });

  it('keeps the URLs of both when a branch from before the change brought urls.json back', () => {
    writeFileSync(content('urls.jsonl'), serializeManifest(new Map([['/news/2025/b/', { entry: 'news/2025/b' }]])));
    writeFileSync(content('urls.json'), legacyText({ '/news/2024/a/': { entry: 'news/2024/a', short: 'k7mq' } }));
    const loaded = loadManifest(root);
    expect([...loaded.records.keys()].sort()).toEqual(['/news/2024/a/', '/news/2025/b/']);
    saveManifest(loaded, loaded.records);
    expect(existsSync(content('urls.json'))).toBe(false);
  });

  it('names the file it could not read', () => {
    writeFileSync(content('urls.json'), '{\n  "urls": {\n    "/": {}\n');
    expect(() => loadManifest(root)).toThrow(expect.objectContaining({ file: 'content/urls.json', line: 4 }));
  });
});
