import type { SiteConfig } from '../config/site.ts';

/** Where 备案号 link to: the public lookups readers use to verify them. */
export const MIIT_LOOKUP = 'https://beian.miit.gov.cn/';
export const MPS_LOOKUP = 'https://beian.mps.gov.cn/#/query/webSearch';

export interface ConfigProblem {
  /** The field in src/config/site.ts, e.g. `contact.email`. */
  field: string;
  message: string;
}

const ICP = /^\p{Script=Han}ICP[备证]\d{4,12}号(?:-\d{1,3})?$/u;
const PUBLIC_SECURITY = /^\p{Script=Han}公网安备\s*(\d{14})\s*号$/u;
const SITE_CODE = /^[0-9A-Za-z]{10}$/;
const SHARE_IMAGE = /^\/[^?#]+\.(?:png|jpe?g)$/i;

/**
 * Checks the hand-edited site settings. Staff edit this file too, so a wrong
 * value stops the build with the field named, instead of a broken footer link.
 */
export function checkSiteConfig(config: SiteConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  if (!config.name.trim()) problem('name', '站点名称不能为空');
  if (!isOrigin(config.url)) problem('url', `应为网站根地址,如 https://www.example.cn,这里写的是“${config.url}”`);
  if (!isPositiveInteger(config.pageSize)) problem('pageSize', '应为正整数');
  if (!isPositiveInteger(config.feedSize)) problem('feedSize', '应为正整数');
  for (const key of ['news', 'people', 'brands'] as const) {
    if (!isPositiveInteger(config.home[key])) problem(`home.${key}`, '应为正整数');
  }
  if (config.icp !== undefined && !ICP.test(config.icp.trim())) {
    problem('icp', `ICP 备案号格式不对:“${config.icp}”,应照备案系统写,如 京ICP备12345678号-1`);
  }
  if (config.publicSecurity !== undefined && !PUBLIC_SECURITY.test(config.publicSecurity.trim())) {
    problem(
      'publicSecurity',
      `公安备案号格式不对:“${config.publicSecurity}”,应如 京公网安备11010502000001号(14 位数字)`,
    );
  }
  if (config.siteCode !== undefined && !SITE_CODE.test(config.siteCode.trim())) {
    problem('siteCode', `网站标识码应为 10 位数字或字母,这里写的是“${config.siteCode}”`);
  }
  if (config.contact?.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(config.contact.email)) {
    problem('contact.email', `邮箱格式不对:“${config.contact.email}”`);
  }
  if (config.shareImage !== undefined && !SHARE_IMAGE.test(config.shareImage)) {
    problem(
      'shareImage',
      `应为 public/ 下的 PNG 或 JPEG 图片路径,以 / 开头,如 /share.png,这里写的是“${config.shareImage}”`,
    );
  }
  return problems;
}

export function formatConfigProblem({ field, message }: ConfigProblem): string {
  return `src/config/site.ts: ${field}: ${message}`;
}

export type IdentifierKey = 'sponsor' | 'icp' | 'publicSecurity' | 'siteCode';

export interface SiteIdentifier {
  key: IdentifierKey;
  text: string;
  href?: string;
}

/** The filing identifiers the footer shows, in the customary order, each only when set. */
export function siteIdentifiers(config: SiteConfig): SiteIdentifier[] {
  const items: SiteIdentifier[] = [];
  const sponsor = config.sponsor?.trim();
  if (sponsor) items.push({ key: 'sponsor', text: sponsor });
  const siteCode = config.siteCode?.trim();
  if (siteCode) items.push({ key: 'siteCode', text: siteCode });
  const icp = config.icp?.trim();
  if (icp) items.push({ key: 'icp', text: icp, href: MIIT_LOOKUP });
  const publicSecurity = config.publicSecurity?.trim();
  if (publicSecurity) {
    const code = PUBLIC_SECURITY.exec(publicSecurity)?.[1];
    items.push({ key: 'publicSecurity', text: publicSecurity, href: code ? `${MPS_LOOKUP}?code=${code}` : undefined });
  }
  return items;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !value.endsWith('/');
  } catch {
    return false;
  }
}

function isPositiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}
