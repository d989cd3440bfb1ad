import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parseManifest, serializeManifest, type UrlManifest } from '../../src/url-manifest/manifest.ts';
import {
  commitManifestDraft,
  discardManifestDraft,
  loadManifest,
  manifestLocation,
  saveManifest,
} from '../../src/url-manifest/store.ts';

const work = mkdtempSync(join(tmpdir(), 'jinguo-store-'));
const root = join(work, 'site');
const draft = join(work, 'cache', 'urls.draft.jsonl');
const committed = () => manifestLocation(root).absolute;

const before: UrlManifest = new Map([['/news/2024/a/', { entry: 'news/2024/a', short: 'k7mq' }]]);
const after: UrlManifest = new Map([...before, ['/news/2024/b/', { entry: 'news/2024/b', short: 'p3xd' }]]);
// Written by hand the way a person might leave it: valid, but not as the build would write it.
const handWritten = `${JSON.stringify({ url: '/news/2024/a/', entry: 'news/2024/a', short: 'k7mq' })}\n\n`;
const content = (file: string) => join(root, 'content', file);
/** A site deployed before the manifest went line by line: its `content/urls.json` as the build wrote it then. */
const legacyText = (urls: Record<string, object>) =>
  `{\n  "about": "网址清单",\n  "urls": {\n${Object.entries(urls)
    .map(([path, record]) => `    ${JSON.stringify(path)}: ${JSON.stringify(record)}`)
    .join(',\n')}\n  }\n}\n`;

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(committed(), handWritten);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the URL manifest’s store', () => {
  it('reads a build’s draft in place of the committed manifest, and names the committed file for problems', () => {
    saveManifest(draft, after);
    const loaded = loadManifest(root, draft);
    expect([...loaded.records.keys()]).toEqual(['/news/2024/a/', '/news/2024/b/']);
    expect(loaded.file).toBe('content/urls.jsonl');
    expect(loadManifest(root).records.size).toBe(1);
  });

  it('never rewrites a file that already says the same, byte for byte', () => {
    const text = serializeManifest(before);
    writeFileSync(committed(), text);
    saveManifest(committed(), before);
    expect(readFileSync(committed(), 'utf8')).toBe(text);
  });

  it('writes through a temporary file renamed into place, and leaves no temporary file behind', () => {
    saveManifest(committed(), after);
    expect(readFileSync(committed(), 'utf8')).toBe(serializeManifest(after));
    expect(readdirSync(join(root, 'content'))).toEqual(['urls.jsonl']);
  });

  it('commits a draft that says something new, and removes it', () => {
    saveManifest(draft, after);
    expect(commitManifestDraft(root, draft)).toBe(true);
    expect(readFileSync(committed(), 'utf8')).toBe(serializeManifest(after));
    expect(existsSync(draft)).toBe(false);
  });

  it('leaves the committed manifest as it was when the draft holds the same text', () => {
    const text = serializeManifest(before);
    writeFileSync(committed(), text);
    saveManifest(draft, before);
    expect(commitManifestDraft(root, draft)).toBe(false);
    expect(readFileSync(committed(), 'utf8')).toBe(text);
    expect(existsSync(draft)).toBe(false);
  });

  it('changes nothing without a draft (a build that failed has discarded its own)', () => {
    saveManifest(draft, after);
    discardManifestDraft(draft);
    expect(commitManifestDraft(root, draft)).toBe(false);
    expect(readFileSync(committed(), 'utf8')).toBe(handWritten);
  });

  it('is empty, and named urls.jsonl, on a site never built', () => {
    rmSync(committed());
    const loaded = loadManifest(root);
    expect(loaded.records.size).toBe(0);
    expect(loaded.file).toBe('content/urls.jsonl');
  });

  it('reads a deployed site’s older urls.json, and the first commit replaces it with urls.jsonl', () => {
    rmSync(committed());
    writeFileSync(
      content('urls.json'),
      legacyText({ '/': {}, '/news/2024/a/': { entry: 'news/2024/a', short: 'k7mq' } }),
    );
    const loaded = loadManifest(root);
    expect(loaded.file).toBe('content/urls.json');
    expect(loaded.records.get('/news/2024/a/')).toEqual({ entry: 'news/2024/a', short: 'k7mq' });
    saveManifest(draft, loaded.records);
    expect(existsSync(content('urls.json'))).toBe(true);
    expect(commitManifestDraft(root, draft)).toBe(true);
    expect(existsSync(content('urls.json'))).toBe(false);
    expect(parseManifest(readFileSync(content('urls.jsonl'), 'utf8'))).toEqual(loaded.records);
  });

  it('replaces urls.json also when the draft holds what urls.jsonl already says', () => {
    const text = serializeManifest(before);
    writeFileSync(committed(), text);
    writeFileSync(content('urls.json'), legacyText({ '/news/2024/a/': { entry: 'news/2024/a', short: 'k7mq' } }));
    saveManifest(draft, loadManifest(root).records);
    expect(commitManifestDraft(root, draft)).toBe(true);
    expect(readdirSync(join(root, 'content'))).toEqual(['urls.jsonl']);
    expect(readFileSync(committed(), 'utf8')).toBe(text);
  });

  it('keeps the URLs of both when a branch from before the change brought urls.json back', () => {
    writeFileSync(committed(), serializeManifest(new Map([['/news/2025/b/', { entry: 'news/2025/b' }]])));
    writeFileSync(content('urls.json'), legacyText({ '/news/2024/a/': { entry: 'news/2024/a', short: 'k7mq' } }));
    const loaded = loadManifest(root);
    expect([...loaded.records.keys()].sort()).toEqual(['/news/2024/a/', '/news/2025/b/']);
    saveManifest(committed(), loaded.records);
    expect(existsSync(content('urls.json'))).toBe(false);
  });

  it('names the file it could not read', () => {
    rmSync(committed());
    writeFileSync(content('urls.json'), '{\n  "urls": {\n    "/": {}\n');
    expect(() => loadManifest(root)).toThrow(expect.objectContaining({ file: 'content/urls.json', line: 4 }));
  });
});
