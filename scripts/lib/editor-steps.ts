import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './astro-cli.ts';

/** A throwaway git repository holding a copy of the sample content, on branch main: what the editor edits. */
export function sampleRepository(prepare?: (contentDir: string) => void): string {
  const repo = mkdtempSync(join(tmpdir(), 'jinguo-editor-'));
  cpSync(join(projectRoot, 'content'), join(repo, 'content'), { recursive: true });
  prepare?.(join(repo, 'content'));
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', '测试');
  git(repo, 'config', 'user.email', 'test@jinguo.example.cn');
  git(repo, 'add', '--all');
  git(repo, 'commit', '--quiet', '--message', '示例内容');
  return repo;
}

export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

/**
 * The editor's review branches under `prefix`, one name a line, read from the refs alone. Not `git branch --list`:
 * decap-server checks out a review branch for a moment while it answers the editor, and that listing then marks it
 * with `* `.
 */
export function reviewBranches(repo: string, prefix = 'cms/'): string[] {
  const names = git(repo, 'for-each-ref', '--format=%(refname:short)', `refs/heads/${prefix}`);
  return names.split('\n').filter(Boolean);
}

/**
 * Signs in to the local mode (no password: the button only says who is editing) and waits for the collections.
 * Decap asks before publishing and before leaving unsaved changes; the page says yes, as staff would.
 */
export async function signIn(page: Page, url: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${url}admin/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('link', { name: '新闻', exact: true }).waitFor();
}

/** A field by its label, as Decap shows it: an optional field's label ends in (可选). */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label}(?: \\(可选\\))?$`));
}

/** Picks `option` in a relation field after typing part of it, as a person searching the list would. */
export async function pickRelation(page: Page, label: string, typed: string, option: string): Promise<void> {
  await field(page, label).fill(typed);
  await page.getByText(option, { exact: true }).click();
}

/** Adds one value to a list field (署名 names, tags). */
export async function addToList(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('button', { name: `新增${label}` }).click();
  const list = page.locator('[aria-label="list field"]').filter({ hasText: `新增${label}` });
  await list.locator('input').last().fill(value);
}

/** Sends the open entry through review and publishes it: 待审核, then 可发布, then 立即发布 (the page must accept dialogs). */
export async function reviewAndPublish(page: Page): Promise<void> {
  for (const status of ['待审核', '可发布']) {
    await page.getByRole('button', { name: /^状态/ }).click();
    await page.getByText(status, { exact: true }).click();
    await page.getByRole('button', { name: `状态: ${status}` }).waitFor();
  }
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
  await page.getByText('内容已发布').waitFor();
}

/** Opens the editor's import screen (its own start of the editor's page) and waits for the paste box. */
export async function openImportScreen(page: Page, url: string): Promise<void> {
  await page.goto(`${url}admin/#/import`);
  await page.getByLabel('粘贴文章的文字').waitFor();
}
