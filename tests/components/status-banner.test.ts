import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import StatusBanner from '../../src/components/StatusBanner.astro';
import CorrectionNote from '../../src/components/CorrectionNote.astro';

const date = new Date('2099-03-08T00:00:00+08:00');

describe('StatusBanner (shown only in npm run dev, where drafts and scheduled items render)', () => {
  it('says a draft will not be published', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StatusBanner, { props: { state: 'draft', date, lang: 'zh-Hans' } });
    expect(html).toContain('role="status"');
    expect(html).toContain('草稿预览:这篇稿件标记为草稿(draft: true),正式网站不会显示。');
  });

  it('names the date of a scheduled item, in the page’s script', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StatusBanner, { props: { state: 'scheduled', date, lang: 'zh-Hant' } });
    expect(html).toContain('定時發佈預覽');
    expect(html).toContain('2099年3月8日');
  });

  it('shows nothing on a published item', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(StatusBanner, { props: { state: 'published', date, lang: 'zh-Hans' } });
    expect(html.trim()).toBe('');
  });
});

describe('CorrectionNote', () => {
  it('dates the correction when `updated` is given', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CorrectionNote, {
      props: { correction: '人数已更正。', updated: new Date('2024-11-25T00:00:00+08:00'), lang: 'zh-Hans' },
    });
    expect(html).toContain('<strong>2024年11月25日更正</strong>:人数已更正。');
  });
});
