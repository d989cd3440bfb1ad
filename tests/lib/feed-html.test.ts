import { describe, expect, it } from 'vitest';
import { absolutizeHtml } from '../../src/lib/feed-html.ts';

const origin = 'https://jinguo.example.cn';

describe('absolutizeHtml', () => {
  it('makes site-relative links and pictures absolute', () => {
    expect(absolutizeHtml('<p><a href="/people/wu-yunping/">吴云萍</a></p>', origin)).toBe(
      '<p><a href="https://jinguo.example.cn/people/wu-yunping/">吴云萍</a></p>',
    );
    expect(
      absolutizeHtml(
        '<img src="/_astro/a.webp" srcset="/_astro/a-480.webp 480w, /_astro/a-800.webp 800w" alt="图">',
        origin,
      ),
    ).toBe(
      '<img src="https://jinguo.example.cn/_astro/a.webp" srcset="https://jinguo.example.cn/_astro/a-480.webp 480w, https://jinguo.example.cn/_astro/a-800.webp 800w" alt="图">',
    );
  });

  it('leaves full URLs, mail links and fragments alone', () => {
    const html =
      '<a href="https://mp.weixin.qq.com/s/x">原文</a><a href="mailto:a@b.cn">信</a><a href="#note-1">注</a><a href="tel:12345">电话</a>';
    expect(absolutizeHtml(html, origin)).toBe(html);
  });

  it('keeps the text and entities exactly as they were', () => {
    const html = '<p>“巾帼”&amp;“家”<br>第二行 &lt;注&gt;</p>';
    expect(absolutizeHtml(html, origin)).toBe(html);
  });
});
