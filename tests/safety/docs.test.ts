import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedAttributes, allowedElementNames, mdxComponents } from '../../src/safety/allowlist.ts';
import { htmlFindings } from '../../src/safety/policy.ts';
import { site } from '../../src/config/site.ts';
import { projectRoot } from '../support/astro-cli.ts';

const docs = readFileSync(join(projectRoot, 'docs/content.md'), 'utf8');
const section = docs.slice(docs.indexOf('## 九、正文里能写的 HTML 和 MDX'));

describe('docs/content.md on HTML and MDX', () => {
  it('lists every element and attribute of the allowlist', () => {
    const named = new Set([...section.matchAll(/`([a-z0-9]+)`/g)].map((match) => match[1]));
    // h2–h5 are written as a range: “h1 到 h6”.
    const expected = allowedElementNames.filter((name) => !/^h[2-5]$/.test(name) && name !== 'input');
    expect(expected.filter((name) => !named.has(name))).toEqual([]);
    const attributes = [...new Set(Object.values(allowedAttributes).flat())].filter(
      (name) => !['type', 'checked', 'disabled'].includes(name),
    );
    expect(attributes.filter((name) => !named.has(name))).toEqual([]);
  });

  it('gives examples the allowlist keeps whole', () => {
    const example = /```markdown\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example).toContain('<iframe');
    expect(htmlFindings(example, { embedHosts: site.embedHosts })).toEqual([]);
  });

  it('says which MDX components there are', () => {
    expect(Object.keys(mdxComponents)).toEqual([]);
    expect(section).toContain('本站的 MDX 目前不提供组件');
  });
});
