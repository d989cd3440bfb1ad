import type { Script } from '../schemas/shared.ts';

export interface SiteConfig {
  /** Site name in the header and in every page title. */
  name: string;
  /** Short line under the name. */
  tagline: string;
  /** Absolute origin the site is served from, used for canonical links, share images, feeds and QR codes. */
  url: string;
  /** Script of pages that belong to no city (home, lists). */
  defaultLang: Script;
  /** Items per page in every paginated list. */
  pageSize: number;
  /** How many of the latest items each RSS feed carries, in full. */
  feedSize: number;
  /** How many items the home page shows in each block. */
  home: { news: number; people: number; brands: number };
  /** 主办单位, shown in the footer. */
  sponsor?: string;
  /** Contact lines in the footer. */
  contact?: { address?: string; phone?: string; email?: string };
  /** ICP 备案号 as issued, e.g. 京ICP备12345678号-1; links to the MIIT filing lookup. */
  icp?: string;
  /** 公安机关备案号 as issued, e.g. 京公网安备 11010502000001号; links to the MPS filing lookup. */
  publicSecurity?: string;
  /** 网站标识码 of a government website: ten letters or digits. */
  siteCode?: string;
  /**
   * Picture shared for pages that have none of their own and belong to no city,
   * as a path under `public/` (e.g. `/share.png`), at least 300×300. When unset,
   * one is drawn at build time from the site name.
   */
  shareImage?: string;
  /** Hosts whose video players an article may embed in an `<iframe>`; any other host is refused by the checker. */
  embedHosts: string[];
}

export const site: SiteConfig = {
  name: '巾帼之窗',
  tagline: '城市妇联新闻、品牌项目与巾帼典型',
  url: 'https://jinguo.example.cn',
  defaultLang: 'zh-Hans',
  pageSize: 10,
  feedSize: 20,
  home: { news: 6, people: 4, brands: 6 },
  sponsor: '巾帼之窗示例站点(示例内容)',
  // Every identifier below is a made-up example (all zeros): replace them with the ones actually issued.
  contact: { address: '示例市示例路 1 号(示例地址)', phone: '000-00000000', email: 'contact@jinguo.example.cn' },
  icp: '京ICP备00000000号-1',
  publicSecurity: '京公网安备00000000000000号',
  siteCode: '0000000000',
  embedHosts: ['v.qq.com', 'player.bilibili.com', 'player.youku.com', 'www.ixigua.com'],
};
