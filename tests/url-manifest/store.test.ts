import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeManifest, type UrlManifest } from '../../src/url-manifest/manifest.ts';
import {
  commitManifestDraft,
  discardManifestDraft,
  loadManifest,
  manifestLocation,
  saveManifest,
} from '../../src/url-manifest/store.ts';

const work = mkdtempSync(join(tmpdir(), 'jinguo-store-'));
const root = join(work, 'site');
const draft = join(work, 'cache', 'urls.draft.json');
const committed = () => manifestLocation(root).absolute;

const before: UrlManifest = new Map([['/news/2024/a/', { entry: 'news/2024/a', short: 'k7mq' }]]);
const after: UrlManifest = new Map([...before, ['/news/2024/b/', { entry: 'news/2024/b', short: 'p3xd' }]]);
// Written by hand the way a person might leave it: valid, but not as the build would write it.
const handWritten = JSON.stringify({ urls: Object.fromEntries(before) }, null, 1);

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
    expect(loaded.file).toBe('content/urls.json');
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
    expect(readdirSync(join(root, 'content'))).toEqual(['urls.json']);
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
});
