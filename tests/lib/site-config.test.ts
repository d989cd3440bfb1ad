import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../src/config/site.ts';
import { checkSiteConfig, formatConfigProblem, MIIT_LOOKUP, siteIdentifiers } from '../../src/lib/site-config.ts';

const minimal: SiteConfig = {
  name: '某市妇联',
  tagline: '新闻与服务',
  url: 'https://fulian.example.cn',
  defaultLang: 'zh-Hans',
  pageSize: 10,
  feedSize: 20,
  home: { news: 6, people: 4, brands: 6 },
  embedHosts: [],
  requireReview: false,
  cms: { branch: 'main', reviewBranch: 'review' },
};

const fields = (config: SiteConfig) => checkSiteConfig(config).map((problem) => problem.field);

describe('checkSiteConfig', () => {
  it('accepts a minimal config and one with every identifier set', () => {
    expect(checkSiteConfig(minimal)).toEqual([]);
    expect(
      checkSiteConfig({
        ...minimal,
        sponsor: '某市妇女联合会',
        contact: { address: '某市某路 1 号', phone: '0432-12345678', email: 'fl@example.cn' },
        icp: '吉ICP备12345678号-2',
        publicSecurity: '吉公网安备 22020202000123号',
        siteCode: '2202000012',
        shareImage: '/share/default.jpg',
      }),
    ).toEqual([]);
  });

  it('names the field of each wrong value', () => {
    expect(
      fields({
        ...minimal,
        name: ' ',
        url: 'https://fulian.example.cn/site/',
        pageSize: 0,
        feedSize: -1,
        home: { news: 2.5, people: 4, brands: 6 },
        icp: 'ICP备12345678号',
        publicSecurity: '吉公网安备 2202号',
        siteCode: '22-0200',
        contact: { email: 'fulian.example.cn' },
        shareImage: 'share.gif',
      }),
    ).toEqual([
      'name',
      'url',
      'pageSize',
      'feedSize',
      'home.news',
      'icp',
      'publicSecurity',
      'siteCode',
      'contact.email',
      'shareImage',
    ]);
  });

  it('wants the bare origin as the site URL', () => {
    expect(fields({ ...minimal, url: 'https://fulian.example.cn/' })).toEqual(['url']);
    expect(fields({ ...minimal, url: 'fulian.example.cn' })).toEqual(['url']);
    expect(fields({ ...minimal, url: 'ftp://fulian.example.cn' })).toEqual(['url']);
    expect(fields({ ...minimal, url: 'http://localhost:4321' })).toEqual([]);
  });

  it('formats a problem with the file and field, in Chinese', () => {
    const [problem] = checkSiteConfig({ ...minimal, siteCode: '123' });
    expect(formatConfigProblem(problem!)).toBe(
      'src/config/site.ts: siteCode: 网站标识码应为 10 位数字或字母,这里写的是“123”',
    );
  });
});

describe('siteIdentifiers', () => {
  it('shows nothing that is not set', () => {
    expect(siteIdentifiers(minimal)).toEqual([]);
    expect(siteIdentifiers({ ...minimal, sponsor: '  ', icp: '' })).toEqual([]);
  });

  it('links the ICP number to the MIIT lookup and the police number to its own record', () => {
    expect(
      siteIdentifiers({
        ...minimal,
        sponsor: '某市妇女联合会',
        siteCode: '2202000012',
        icp: '吉ICP备12345678号-2',
        publicSecurity: '吉公网安备 22020202000123号',
      }),
    ).toEqual([
      { key: 'sponsor', text: '某市妇女联合会' },
      { key: 'siteCode', text: '2202000012' },
      { key: 'icp', text: '吉ICP备12345678号-2', href: MIIT_LOOKUP },
      {
        key: 'publicSecurity',
        text: '吉公网安备 22020202000123号',
        href: 'https://beian.mps.gov.cn/#/query/webSearch?code=22020202000123',
      },
    ]);
  });
});
