import type { Script } from '../schemas/shared.ts';

/**
 * Where the browser editor at /admin/ saves: the forge that holds this repository. Staff sign in there with their
 * own account (docs/editor.md says how to register the editor with each forge). Without one, the editor works only
 * in the local mode (`npm run admin`).
 */
export type CmsBackend =
  | {
      /** Gitea, or Forgejo (the `forgejo` kind adds the review workflow: Decap's Gitea backend has none). */
      kind: 'gitea' | 'forgejo';
      /** The forge's address, e.g. https://git.fulian.example.cn */
      url: string;
      /** owner/name of this repository on the forge. */
      repo: string;
      /** Client ID of the OAuth2 application registered for the editor. */
      appId: string;
    }
  | {
      kind: 'gitlab';
      /** The GitLab's address; https://gitlab.com when unset. */
      url?: string;
      repo: string;
      appId: string;
    }
  | {
      kind: 'github';
      repo: string;
      /** The OAuth relay that signs staff in to GitHub (GitHub's OAuth needs a server-side secret). */
      authUrl: string;
    };

export interface CmsSettings {
  /** The forge the editor saves to; none: only the local mode. */
  backend?: CmsBackend;
  /** The branch the site is built from. */
  branch: string;
  /**
   * Where saved changes wait for review on a forge whose editor has no review workflow (Gitea): staff save to
   * this branch, a reviewer merges it into `branch`.
   */
  reviewBranch: string;
}

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
  /**
   * 未经审核不得发布: every news item must name its reviewer (`credits.reviewer`) or the build stops, and the
   * editor saves through its review workflow (draft → 待审核 → 可发布) instead of publishing at once.
   */
  requireReview: boolean;
  /** The browser editor at /admin/. */
  cms: CmsSettings;
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
  requireReview: true,
  // The sample site has no forge: the editor runs in the local mode. docs/editor.md shows a `backend` for each forge.
  cms: { branch: 'main', reviewBranch: 'review' },
};
