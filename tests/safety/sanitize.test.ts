import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { IFRAME_SANDBOX, embedUrl, isAllowedLink, isAllowedSource, urlScheme } from '../../src/safety/allowlist.ts';
import { sanitizePlugin } from '../../src/safety/markdown-plugins.ts';
import { sanitizeHtml } from '../../src/safety/sanitize.ts';

const embedHosts = ['v.qq.com', 'player.bilibili.com'];
const plugin = sanitizePlugin({ embedHosts });

async function render(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { hastPlugins: [plugin] })).html.trim();
}

/** Every element and attribute a browser builds from `html`, as `tag` and `tag[attribute]` (links with their URL). */
function parsed(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      found.push(
        child.tagName,
        ...child.attrs.map(({ name, value }) => `${child.tagName}[${name}]${name === 'href' ? value : ''}`),
      );
      visit(child);
    }
  };
  visit(parseFragment(html));
  return found;
}

async function compileMdx(mdx: string): Promise<string> {
  return (await mdxToJs(mdx, { hastPlugins: [plugin], jsxImportSource: 'astro', elementAttributeNameCase: 'html' }))
    .code;
}

describe('the allowlist in the Markdown pipeline', () => {
  it('leaves plain Markdown exactly as Markdown renders it', async () => {
    const markdown = [
      '## 小标题',
      '',
      '正文**加粗**,[链接](https://example.org/a?b=1#c)、[站内](/news/2024/x/)、[邮件](mailto:a@example.org)、[电话](tel:12345)。',
      '',
      '| 甲 | 乙 |',
      '|:-|-:|',
      '| 1 | 2 |',
      '',
      '正文[^1]',
      '',
      '[^1]: 注释。',
    ].join('\n');
    expect(await render(markdown)).toBe(markdownToHtml(markdown).html.trim());
  });

  it('removes scripts, handlers and script URLs written in many ways', async () => {
    const html = await render(
      [
        '<script>alert(1)</script><SCRIPT>alert(1)</SCRIPT>',
        '',
        '<img src="x" OnErRoR="alert(1)" alt="图"> [a](javascript:alert(1)) <a href="jav&#x09;ascript:alert(1)">b</a>',
        '',
        '<a href="&#106;avascript&colon;alert(1)">c</a> <a href="ｊavascript:alert(1)">d</a>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/script|onerror|alert\(1\)"|javascript/i);
    expect(html).toContain('<img src="x" alt="图">');
  });

  it('parses raw HTML as a browser does, so markup hidden from another parser is still removed', async () => {
    for (const markdown of [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>',
      '<!--><img src=x onerror=alert(1)>-->',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
    ]) {
      const elements = parsed(await render(markdown));
      expect(
        elements.filter((item) => /^(svg|math|animate|noscript|xmp|style)\b|\[on|javascript/i.test(item)),
        markdown,
      ).toEqual([]);
    }
  });

  it('takes away everything that restyles or takes over the page', async () => {
    const html = await render(
      '- [x] 勾选框留下\n\n<div style="position:fixed;inset:0" class="fixed inset-0" id="main">遮罩</div><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><form action="https://evil.example/"><input name="password"></form>',
    );
    expect(html).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> 勾选框留下</li>\n</ul>\n<div>遮罩</div>',
    );
  });

  it('keeps a player from an embed host, sandboxed and empty, and drops any other frame', async () => {
    const html = await render(
      '<iframe src="https://v.qq.com/x?vid=1" srcdoc="<script>parent.alert(1)</script>" sandbox="allow-top-navigation">inside</iframe>\n\n<iframe src="https://v.qq.com.evil.example/"></iframe><iframe src="https://v.qq.com@evil.example/"></iframe><iframe src="http://v.qq.com/"></iframe>',
    );
    expect(html).toBe(
      `<iframe src="https://v.qq.com/x?vid=1" sandbox="${IFRAME_SANDBOX}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" title="视频"></iframe>`,
    );
  });

  it('gives a link to a new window rel="noopener noreferrer", and drops any other target', async () => {
    expect(await render('<a href="https://example.org/" target="_blank">甲</a><a href="/" target="_top">乙</a>')).toBe(
      '<p><a href="https://example.org/" target="_blank" rel="noopener noreferrer">甲</a><a href="/">乙</a></p>',
    );
  });

  it('removes MDX code and unknown components without running them, and sanitises HTML written as JSX', async () => {
    const code = await compileMdx(
      [
        "import fs from 'node:fs'",
        'export const x = 1',
        '',
        '文字 {process.env.HOME}',
        '',
        '<div {...props} set:html="<img src=x onerror=alert(1)>" onClick="alert(1)" style={{position: "fixed"}}>块</div>',
        '',
        '<SCRIPT>alert(1)</SCRIPT> <Fragment set:html="<b>x</b>" /> <a href={"javascript:alert(1)"}>链</a>',
        '',
        '<iframe src="https://player.bilibili.com/player.html?bvid=1" srcDoc="<script>alert(1)</script>" />',
      ].join('\n'),
    );
    expect(code).not.toMatch(
      /node:fs|process\.env|set:html|onClick|onclick|fixed|<b>|SCRIPT|javascript|srcDoc|\.\.\.props/,
    );
    expect(code).toContain('"块"');
    expect(code).toContain(`sandbox: "${IFRAME_SANDBOX}"`);
  });

  it('drops an MDX frontmatter layout, which would be imported and run', async () => {
    const frontmatter: Record<string, unknown> = { title: 't', layout: '../../../evil.mjs' };
    const astro = {
      frontmatter,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    };
    await mdxToJs('正文', { hastPlugins: [plugin], data: { astro } });
    expect(frontmatter).toEqual({ title: 't' });
  });

  it('survives very deep nesting and very long input', async () => {
    const deep = await render(`${'<div>'.repeat(3000)}深${'</div>'.repeat(3000)}`);
    expect(deep).toContain('深');
    const many = await render('<b onclick="alert(1)">x</b>'.repeat(2000));
    expect(many).not.toContain('onclick');
  });
});

describe('sanitizeHtml, for HTML from outside the pipeline (editor preview, importer)', () => {
  it('applies the same allowlist to an HTML string', () => {
    expect(
      sanitizeHtml('<p onclick="x">文<script>alert(1)</script><a href="javascript:alert(1)">链</a></p>', {
        embedHosts,
      }),
    ).toBe('<p>文<a>链</a></p>');
  });
});

describe('URL schemes', () => {
  it('reads a scheme as a browser does, through leading controls, tabs and capitals', () => {
    expect(urlScheme(' \u0001Java\tScript:alert(1)')).toBe('javascript');
    expect(urlScheme('/news/2024/x/')).toBeUndefined();
    expect(urlScheme('a/b:c')).toBeUndefined();
    expect(isAllowedLink('tel:12345')).toBe(true);
    expect(isAllowedLink('data:text/html,x')).toBe(false);
    expect(isAllowedSource('mailto:a@example.org')).toBe(false);
    expect(isAllowedSource('https://example.org/a.png')).toBe(true);
  });

  it('accepts an embed only over https from a listed host, with no user name or port', () => {
    expect(embedUrl('//v.qq.com/x', embedHosts)?.href).toBe('https://v.qq.com/x');
    for (const src of [
      'http://v.qq.com/x',
      'https://v.qq.com.evil.example/',
      'https://v.qq.com@evil.example/',
      'https://v.qq.com:8443/',
      'javascript:alert(1)',
    ])
      expect(embedUrl(src, embedHosts), src).toBeUndefined();
  });
});
