import { describe, expect, it } from 'vitest';
import { BOARD_DATE_FORMAT, registerPhrases } from '../../../src/cms/client/phrases.ts';
import type { CmsApi } from '../../../src/cms/client/decap.ts';

/** Decap's own zh_Hans phrases, as the editor's page registers them. */
async function decapPhrases(): Promise<Record<string, unknown>> {
  // The file itself (the package's entry reaches for `window`), which has no type declarations of its own.
  const file = 'decap-cms-locales/dist/esm/zh_Hans/index.js';
  const { default: zhHans } = (await import(file)) as { default: Record<string, unknown> };
  return zhHans;
}

/** What `registerPhrases` registers over `phrases`. */
function registered(phrases: Record<string, unknown>): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  const CMS = {
    getLocale: () => phrases,
    registerLocale: (_name: string, next: Record<string, unknown>) => (result = next),
  } as unknown as CmsApi;
  registerPhrases(CMS);
  return result!;
}

describe('registerPhrases', () => {
  it('dates the review board in Chinese, where Decap’s phrases would print an English month', async () => {
    const phrases = await decapPhrases();
    const board = (registered(phrases).workflow as { workflow: { dateFormat: string } }).workflow;
    expect(board.dateFormat).toBe(BOARD_DATE_FORMAT);
    // Month and day as numbers: no month-name token (MMM, MMMM), which Decap's date library spells in English.
    expect(board.dateFormat).not.toMatch(/MMM/);
    // What Decap's own phrases give: the reason for the change.
    expect((phrases.workflow as { workflow: { dateFormat: string } }).workflow.dateFormat).toMatch(/MMMM/);
  });

  it('names the board’s columns as staff name the steps, and keeps every other phrase of the board', async () => {
    const phrases = await decapPhrases();
    const workflow = registered(phrases).workflow as Record<string, Record<string, string>>;
    const own = phrases.workflow as Record<string, Record<string, string>>;
    expect(workflow.workflowList).toMatchObject({
      draftHeader: '草稿',
      inReviewHeader: '待审核',
      readyHeader: '可发布',
    });
    expect(workflow.workflow!.workflowHeading).toBe('审核发布');
    for (const part of Object.keys(own))
      expect(Object.keys(workflow[part]!).sort()).toEqual(Object.keys(own[part]!).sort());
  });
});
