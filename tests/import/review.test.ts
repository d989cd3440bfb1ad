import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle, type ImportContext } from '../../src/import/index.ts';
import { importContext } from '../../scripts/lib/import-context.ts';
import { site } from '../../src/config/site.ts';
import { siteRoot } from './support.ts';

let context: ImportContext;
let remove: () => void;

beforeAll(() => {
  let root: string;
  ({ root, remove } = siteRoot());
  context = importContext(root);
});
afterAll(() => remove());

// Written for this test: a short post that names its city, with and without the line naming its reviewer.
const post =
  '聊城市妇联开展巾帼普法进社区活动\n2025-05-06 09:30\n5月5日，聊城市妇联走进东昌府区的社区，为居民讲解婚姻家庭法律知识。';
const asked = /原文没有写审核人.*请填写 credits\.reviewer/u;

async function checksOf(text: string, withContext: ImportContext): Promise<string[]> {
  const outcome = await importArticle({ name: '粘贴的文字.txt', text }, withContext);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.checks;
}

describe('the importer on a site that requires review', () => {
  it('reads the site setting, as npm run import and the editor both take it', () => {
    expect(site.requireReview).toBe(true);
    expect(context.requireReview).toBe(true);
  });

  it('asks for the reviewer when the article names none', async () => {
    expect((await checksOf(post, context)).filter((check) => asked.test(check))).toHaveLength(1);
  });

  it('asks nothing when the article names its reviewer, or when the site does not require review', async () => {
    expect(await checksOf(`${post}\n审核：孙丽`, context)).not.toContainEqual(expect.stringMatching(asked));
    const { requireReview: _required, ...withoutReview } = context;
    expect(await checksOf(post, withoutReview)).not.toContainEqual(expect.stringMatching(asked));
  });
});
