import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/link-tree.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'link-tree-'));
  mkdirSync(join(dir, 'from', 'index'), { recursive: true });
  mkdirSync(join(dir, 'from', 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'from', 'entry.json'), '{"v":1}');
  writeFileSync(join(dir, 'from', 'index', 'a.pf_index'), '索引');
  writeFileSync(join(dir, 'from', 'fragment', 'b.pf_fragment'), 'x');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('linkTree', () => {
  it('places every file, nested folders included, as a link to the same file', () => {
    const placed = linkTree(join(dir, 'from'), join(dir, 'to'));
    expect(placed).toBe(3);
    expect(readFileSync(join(dir, 'to', 'index', 'a.pf_index'), 'utf8')).toBe('索引');
    expect(statSync(join(dir, 'to', 'entry.json')).ino).toBe(statSync(join(dir, 'from', 'entry.json')).ino);
  });

  it('leaves out what the filter refuses, folders by their relative path', () => {
    const placed = linkTree(join(dir, 'from'), join(dir, 'to'), (path) => path !== 'fragment');
    expect(placed).toBe(2);
    expect(existsSync(join(dir, 'to', 'fragment'))).toBe(false);
    expect(existsSync(join(dir, 'to', 'index', 'a.pf_index'))).toBe(true);
  });

  it('hands the filter paths below the top with forward slashes', () => {
    const seen: string[] = [];
    linkTree(join(dir, 'from'), join(dir, 'to'), (path) => (seen.push(path), true));
    expect(seen).toContain('index/a.pf_index');
  });
});
