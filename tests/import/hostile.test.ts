import { describe, expect, it } from 'vitest';
import { importArticle, type ImportContext } from '../../src/import/index.ts';
import { localPath } from '../../src/import/formats/pictures.ts';

const context: ImportContext = {
  cities: [{ id: 'liaocheng', name: '聊城市', federation: '聊城市妇女联合会', wechat: '聊城市妇联', lang: 'zh-Hans' }],
  names: [],
  existing: [],
  taken: new Set(),
};

const page = `<!DOCTYPE html><html><head><title>t</title></head><body>
<h1 id="activity-name">聊城市妇联举办讲座<script>alert(1)</script></h1>
<a id="js_name">聊城市妇联</a><em id="publish_time">2024-11-21 18:40</em>
<div id="js_content">
<p onclick="alert(1)">3月8日，聊城市妇联举办讲座。<img src="x" onerror="alert(1)"></p>
<p><a href="javascript:alert(1)">点这里</a>报名，<a href="https://example.org/a b">看通知</a>。</p>
<script>document.cookie</script><iframe src="https://evil.example/"></iframe>
<p>&lt;script&gt;alert(2)&lt;/script&gt; [点我](javascript:alert(3)) ![x](https://evil.example/t.png)</p>
<p><img src="../../../etc/passwd"><img src="/etc/hosts"><img src="file:///etc/shadow"></p>
</div></body></html>`;

describe('hostile input', () => {
  it('writes no markup, no script link and no outside picture into the entry', async () => {
    const asked: string[] = [];
    const outcome = await importArticle(
      {
        name: 'page.html',
        bytes: new TextEncoder().encode(page),
        readSibling: async (path) => {
          asked.push(path);
          return undefined;
        },
      },
      context,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    // Only a relative path inside the page's folder is ever asked for.
    expect(asked).toEqual(['x']);
    // No HTML: every `<` is escaped text, or opens a link's address, `](<https://…>)`.
    expect(outcome.body).not.toMatch(/(?<!\]\(|\\)<[a-z!/]/iu);
    expect(outcome.body).not.toMatch(/(?<!\\)\]\(\s*<?javascript:/iu);
    // Written text stays text; no picture is linked from anywhere.
    expect(outcome.body).not.toMatch(/(?<!\\)!\[/u);
    expect(outcome.body).toContain('[看通知](<https://example.org/a%20b>)');
    expect(outcome.body).toContain(
      '\\<script\\>alert(2)\\</script\\> \\[点我\\](javascript:alert(3)) !\\[x\\](https://evil.example/t.png)',
    );
    expect(outcome.fields.title).toBe('聊城市妇联举办讲座');
  });

  it('never reads a picture from outside the page’s own folder', () => {
    for (const src of [
      '../a.jpg',
      'a/../../b.jpg',
      '/etc/hosts',
      '\\\\server\\share\\a.jpg',
      'file:///etc/shadow',
      'https://x/y.jpg',
      '%2e%2e/a.jpg',
    ]) {
      expect(localPath(src), src).toBeUndefined();
    }
    expect(localPath('./%E5%88%86%E4%BA%AB%E4%BC%9A_files/640(1).jpeg')).toBe('分享会_files/640(1).jpeg');
  });
});
