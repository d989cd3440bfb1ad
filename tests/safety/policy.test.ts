import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { htmlFindings, mdxFindings, type MdxNode } from '../../src/safety/policy.ts';

const options = { embedHosts: ['v.qq.com'] };

describe('htmlFindings', () => {
  it('names each element, attribute and URL the allowlist removes, at its line', () => {
    expect(
      htmlFindings(
        '<p>好</p>\n<script>alert(1)</script>\n<img src=x onerror=alert(1) alt=图>\n<a href="jav&#x09;ascript:1">链</a>\n<div style="position:fixed">遮</div>',
        options,
      ),
    ).toEqual([
      { line: 2, message: expect.stringContaining('<script>') },
      { line: 3, message: expect.stringContaining('onerror') },
      { line: 4, message: expect.stringContaining('<a> 的 href') },
      { line: 5, message: expect.stringContaining('style') },
    ]);
  });

  it('reads markup the way a browser does: what hides in noscript, comments or namespaces is found', () => {
    for (const html of [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<!--><img src=x onerror=alert(1)>-->',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    ]) {
      expect(htmlFindings(html, options).length, html).toBeGreaterThan(0);
    }
  });

  it('accepts a player from an embed host and refuses any other frame', () => {
    expect(htmlFindings('<iframe src="https://v.qq.com/x" title="视频"></iframe>', options)).toEqual([]);
    expect(htmlFindings('<iframe src="https://v.qq.com.evil.example/"></iframe>', options)).toEqual([
      { line: 1, message: expect.stringContaining('不能嵌入“v.qq.com.evil.example”') },
    ]);
    expect(htmlFindings('<iframe src="https://v.qq.com/x" srcdoc="x"></iframe>', options)).toEqual([
      { line: 1, message: expect.stringContaining('srcdoc') },
    ]);
  });

  it('accepts what docs/content.md offers', () => {
    expect(
      htmlFindings(
        '<p>文字<sup>1</sup><ruby>巾<rt>jīn</rt></ruby></p><table><tr><td colspan="2">表</td></tr></table><a href="https://example.org/" target="_blank">外</a><a href="tel:12345">电</a>',
        options,
      ),
    ).toEqual([]);
  });
});

describe('mdxFindings', () => {
  const findings = (mdx: string) =>
    mdxFindings(
      (mdxToMdast(mdx, { features: { frontmatter: false } }) as unknown as MdxNode).children ?? [],
      options,
    ).map(({ line, message }) => `${line}: ${message}`);

  it('refuses code of every kind, read from the syntax tree without running it', () => {
    const found = findings(
      [
        "import fs from 'node:fs'",
        '',
        '文字 {process.env.HOME}',
        '',
        '<div {...props}>甲</div>',
        '',
        '<div set:html="<b>x</b>">乙</div>',
        '',
        '<iframe src="https://v.qq.com/x" srcDoc="x" />',
        '',
        "<a href={(() => 'javascript:alert(1)')()}>丙</a>",
        '',
        '<SCRIPT>alert(1)</SCRIPT>',
        '',
        '<button onClick="alert(1)">丁</button>',
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(/^1: MDX 正文里不能写 import 或 export/),
      expect.stringMatching(/^3: MDX 正文里不能写 \{…\} 表达式/),
      expect.stringMatching(/^5: <div> 上不能写 \{\.\.\.\} 展开属性/),
      expect.stringMatching(/^7: <div> 上不能写 set:html/),
      expect.stringMatching(/^9: <iframe> 上不能写 srcdoc/),
      expect.stringMatching(/^11: <a> 的 href 不能写成 \{…\}/),
      expect.stringMatching(/^13: MDX 正文里没有 <SCRIPT> 这个组件/),
      expect.stringMatching(/^15: 正文里不能使用 <button> 标签/),
    ]);
  });

  it('accepts Markdown and allowed HTML written as JSX', () => {
    expect(
      findings('## 标题\n\n<p title="说明">文字 **加粗**</p>\n\n<iframe src="https://v.qq.com/x" title="视频" />'),
    ).toEqual([]);
  });
});
