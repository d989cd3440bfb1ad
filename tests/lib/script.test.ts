import { describe, expect, it } from 'vitest';
import { inScript, toSimplified, toTraditional } from '../../src/lib/script.ts';

describe('toTraditional', () => {
  it('converts simplified characters to the traditional forms', () => {
    expect(toTraditional('妇女联合会')).toBe('婦女聯合會');
    expect(toTraditional('巾帼志愿服务队')).toBe('巾幗志願服務隊');
    expect(toTraditional('绿色家庭')).toBe('綠色家庭');
  });

  it('uses Taiwan-standard variants', () => {
    // 为 → 為 (not 爲), 里 → 裡 (not 裏): the forms the cn→tw tables give.
    expect(toTraditional('为')).toBe('為');
    expect(toTraditional('村里')).toBe('村裡');
  });

  it('leaves Latin letters, digits and punctuation alone', () => {
    expect(toTraditional('2024年AI培训,第1期。')).toBe('2024年AI培訓,第1期。');
  });
});

describe('toSimplified', () => {
  it('converts traditional characters to simplified', () => {
    expect(toSimplified('婦女聯合會')).toBe('妇女联合会');
    expect(toSimplified('巾幗志願服務隊')).toBe('巾帼志愿服务队');
  });

  it('round-trips text through traditional and back', () => {
    const text = '吉林市妇联发布了关于家庭教育的通知';
    expect(toSimplified(toTraditional(text))).toBe(text);
  });

  it('leaves text that is already simplified unchanged', () => {
    expect(toSimplified('妇女儿童')).toBe('妇女儿童');
  });
});

describe('inScript', () => {
  it('converts UI text for traditional-script pages', () => {
    expect(inScript('新闻动态', 'zh-Hant')).toBe('新聞動態');
  });

  it('leaves UI text as written for simplified-script pages', () => {
    expect(inScript('新闻动态', 'zh-Hans')).toBe('新闻动态');
  });
});
