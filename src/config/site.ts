import type { Script } from '../schemas/shared.ts';

export interface SiteConfig {
  /** Site name in the header and in every page title. */
  name: string;
  /** Short line under the name. */
  tagline: string;
  /** Absolute origin the site is served from, used for canonical links and feeds. */
  url: string;
  /** Script of pages that belong to no city (home, lists). */
  defaultLang: Script;
  /** Items per page in every paginated list. */
  pageSize: number;
  /** How many items the home page shows in each block. */
  home: { news: number; people: number; brands: number };
  /** 主办单位, shown in the footer. */
  sponsor?: string;
  /** Contact line in the footer. */
  contact?: { address?: string; phone?: string; email?: string };
  /** Hosts whose video players an article may embed in an `<iframe>`; any other host is refused by the checker. */
  embedHosts: string[];
}

export const site: SiteConfig = {
  name: '巾帼之窗',
  tagline: '城市妇联新闻、品牌项目与巾帼典型',
  url: 'https://jinguo.example.cn',
  defaultLang: 'zh-Hans',
  pageSize: 10,
  home: { news: 6, people: 4, brands: 6 },
  sponsor: '巾帼之窗示例站点(示例内容)',
  contact: { email: 'contact@jinguo.example.cn' },
  embedHosts: ['v.qq.com', 'player.bilibili.com', 'player.youku.com', 'www.ixigua.com'],
};
