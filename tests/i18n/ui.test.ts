import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';

describe('useTranslations', () => {
  it('gives simplified pages the strings as written', () => {
    const t = useTranslations('zh-Hans');
    expect(t('scanToRead')).toBe('手机扫码阅读');
    expect(t('withdrawnReason', { reason: '内容有误' })).toBe('原因:内容有误');
  });

  it('converts strings and filled-in values for traditional pages, the same on every call', () => {
    const t = useTranslations('zh-Hant');
    expect(t('scanToRead')).toBe('手機掃碼閱讀');
    expect(t('scanToRead')).toBe('手機掃碼閱讀');
    expect(t('withdrawnReason', { reason: '内容有误' })).toBe('原因:內容有誤');
    expect(t('qrLabel', { url: 'https://jinguo.example.cn/s/k2r5/' })).toBe(
      '本頁二維碼,掃描後在手機上打開 https://jinguo.example.cn/s/k2r5/',
    );
    // A simplified page asked after a traditional one still gets simplified text.
    expect(useTranslations('zh-Hans')('scanToRead')).toBe('手机扫码阅读');
  });
});
