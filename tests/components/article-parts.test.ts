import { describe, expect, it } from 'vitest';
import CreditsBlock from '../../src/components/CreditsBlock.astro';
import SourceNote from '../../src/components/SourceNote.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import type { NewsCardView } from '../../src/data/views.ts';
import { shanghaiDate } from '../../src/lib/dates.ts';
import { byTag, textOf } from '../support/dist.ts';
import { render } from './render.ts';

const card = (id: string, title: string, lang: 'zh-Hans' | 'zh-Hant' = 'zh-Hans'): NewsCardView => ({
  id,
  url: `/news/${id}/`,
  title,
  summary: '摘要',
  date: shanghaiDate(2024, 11, 21)!,
  lang,
  city: { name: '吉林市', url: '/cities/jilin/' },
});

describe('CreditsBlock', () => {
  it('lists only the roles that are present, in the fixed order, joining several names', async () => {
    const { doc } = await render(CreditsBlock, {
      credits: { reviewer: ['李四', '王五'], contributor: ['吉林市妇联'] },
      lang: 'zh-Hans',
    });
    expect(byTag(doc, 'dt').map(textOf)).toEqual(['供稿:', '审核:']);
    expect(byTag(doc, 'dd').map(textOf)).toEqual(['吉林市妇联', '李四、王五']);
  });

  it('renders nothing without credits', async () => {
    const { html } = await render(CreditsBlock, { credits: {}, lang: 'zh-Hans' });
    expect(html.trim()).toBe('');
  });

  it('labels roles in traditional characters on a traditional page', async () => {
    const { doc } = await render(CreditsBlock, {
      credits: { editor: ['王麗'], supervisor: ['張華'] },
      lang: 'zh-Hant',
    });
    expect(byTag(doc, 'dt').map(textOf)).toEqual(['編輯:', '監製:']);
  });
});

describe('SourceNote', () => {
  it('names the source with its kind and links to the original', async () => {
    const { doc } = await render(SourceNote, {
      source: { name: '中国妇女报', kind: 'newspaper', url: 'https://example.org/a' },
      lang: 'zh-Hans',
    });
    expect(textOf(doc)).toContain('来源:中国妇女报(报纸)');
    expect(byTag(doc, 'a')[0]?.attribs.href).toBe('https://example.org/a');
  });

  it('does not repeat the kind when the name already says it, and has no link without a URL', async () => {
    const { doc } = await render(SourceNote, {
      source: { name: '聊城市妇联微信公众号', kind: 'wechat' },
      lang: 'zh-Hans',
    });
    expect(textOf(doc)).toBe('来源:聊城市妇联微信公众号');
    expect(byTag(doc, 'a')).toEqual([]);
  });
});

describe('PrevNext', () => {
  it('links the newer item as previous and the older as next, each in its own script', async () => {
    const { doc } = await render(PrevNext, {
      newer: card('2024/a', '新的一篇'),
      older: card('2023/b', '舊的一篇', 'zh-Hant'),
      lang: 'zh-Hans',
    });
    const links = byTag(doc, 'a');
    expect(links.map((a) => [a.attribs.rel, a.attribs.href])).toEqual([
      ['prev', '/news/2024/a/'],
      ['next', '/news/2023/b/'],
    ]);
    expect(byTag(doc, 'span').find((span) => textOf(span) === '舊的一篇')?.attribs.lang).toBe('zh-Hant');
  });

  it('renders nothing for an only item', async () => {
    const { html } = await render(PrevNext, { lang: 'zh-Hans' });
    expect(html.trim()).toBe('');
  });
});
