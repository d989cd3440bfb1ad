import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localBackend } from '../../src/cms/local-backend.ts';
import { workingCopyChanges, workingCopyMessage } from '../../src/cms/working-copy.ts';
import { git, sampleRepository } from '../../scripts/lib/editor-steps.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let repo: string;
let server: StaticServer;

/** What the editor sends to save a picture on main: decap-server writes it, then commits with `git add .`. */
const savePicture = (name: string) => ({
  action: 'persistMedia',
  params: {
    branch: 'main',
    asset: { path: `content/uploads/${name}`, content: Buffer.from('picture').toString('base64'), encoding: 'base64' },
    options: { commitMessage: `上传 ${name}` },
  },
});

async function post(body: unknown): Promise<{ status: number; json: { error?: string } }> {
  const response = await fetch(server.url('/api/v1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { error?: string } };
}

const commits = () => Number(git(repo, 'rev-list', '--count', 'main').trim());

beforeAll(async () => {
  repo = sampleRepository();
  const backend = await localBackend(repo);
  server = await serveStatic(repo, { middleware: backend });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the local mode’s backend', () => {
  it('saves into the repository as one commit when the working copy is clean', async () => {
    const before = commits();
    const saved = await post(savePicture('a.png'));
    expect(saved.status).toBe(200);
    expect(commits()).toBe(before + 1);
    expect(git(repo, 'show', '--name-only', '--format=', 'main').trim()).toBe('content/uploads/a.png');
  });

  it('refuses to save while files nobody committed lie in the working copy, and names them', async () => {
    writeFileSync(join(repo, 'notes.txt'), '草稿\n');
    writeFileSync(join(repo, 'content/urls.jsonl'), '\n', { flag: 'a' });
    const before = commits();
    const refused = await post(savePicture('b.png'));
    expect(refused.status).toBe(409);
    expect(refused.json.error).toBe(workingCopyMessage(['content/urls.jsonl', 'notes.txt']));
    expect(refused.json.error).toContain('content/urls.jsonl、notes.txt');
    expect(commits()).toBe(before);
    expect(workingCopyChanges(repo).sort()).toEqual(['content/urls.jsonl', 'notes.txt']);
  });

  it('still answers what only reads while the working copy is not clean', async () => {
    const read = await post({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/uploads' } });
    expect(read.status).toBe(200);
  });

  it('saves again once the changes are committed', async () => {
    git(repo, 'add', '--all');
    git(repo, 'commit', '--quiet', '--message', '整理');
    expect((await post(savePicture('b.png'))).status).toBe(200);
    expect(git(repo, 'show', '--name-only', '--format=', 'main').trim()).toBe('content/uploads/b.png');
  });
});

describe('workingCopyMessage', () => {
  it('names three files and counts the rest', () => {
    expect(workingCopyMessage(['a', 'b', 'c', 'd'])).toContain('(a、b、c 等 4 个文件)');
  });
});
