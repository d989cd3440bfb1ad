import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-cli.ts';

const eslint = new ESLint({ cwd: projectRoot });
const rulesBroken = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: `${projectRoot}/${file}` }))[0]!.messages.map((message) => message.ruleId);

describe('the lint rule that keeps pages on renderEntry()', () => {
  it('stops Astro’s render() anywhere but src/data/render.ts, which unpacks the HTML first', async () => {
    const code = "import { render } from 'astro:content';\nexport const show = render;\n";
    expect(await rulesBroken(code, 'src/data/news.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(code, 'src/data/render.ts')).not.toContain('no-restricted-imports');
  });

  it('lets pages take everything else from astro:content', async () => {
    const code = "import { getCollection } from 'astro:content';\nexport const all = getCollection;\n";
    expect(await rulesBroken(code, 'src/data/news.ts')).not.toContain('no-restricted-imports');
  });
});
