import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTrash, setAside } from '../../../scripts/lib/bench/set-aside.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bench-set-aside-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const makeDist = (content: string) => {
  mkdirSync(join(work, 'dist', 'news'), { recursive: true });
  writeFileSync(join(work, 'dist', 'news', 'index.html'), content);
};

describe('setAside', () => {
  it('moves a folder into the trash whole, keeping its inodes, and frees the name for the next build', () => {
    makeDist('first');
    const inode = statSync(join(work, 'dist', 'news', 'index.html')).ino;
    const moved = setAside(join(work, 'dist'), join(work, 'trash'));
    expect(existsSync(join(work, 'dist'))).toBe(false);
    expect(readFileSync(join(moved!, 'news', 'index.html'), 'utf8')).toBe('first');
    expect(statSync(join(moved!, 'news', 'index.html')).ino).toBe(inode);
  });

  it('keeps what it set aside before when the same folder comes again', () => {
    makeDist('first');
    setAside(join(work, 'dist'), join(work, 'trash'));
    makeDist('second');
    setAside(join(work, 'dist'), join(work, 'trash'));
    const kept = readdirSync(join(work, 'trash')).map((name) =>
      readFileSync(join(work, 'trash', name, 'dist', 'news', 'index.html'), 'utf8'),
    );
    expect(kept.sort()).toEqual(['first', 'second']);
  });

  it('does nothing for a path that is not there', () => {
    expect(setAside(join(work, 'missing'), join(work, 'trash'))).toBeUndefined();
    expect(existsSync(join(work, 'trash'))).toBe(false);
  });
});

describe('emptyTrash', () => {
  it('deletes everything set aside, and is content with no trash at all', () => {
    makeDist('first');
    setAside(join(work, 'dist'), join(work, 'trash'));
    emptyTrash(join(work, 'trash'));
    expect(existsSync(join(work, 'trash'))).toBe(false);
    expect(() => emptyTrash(join(work, 'trash'))).not.toThrow();
  });
});
