import type { Script } from '../schemas/shared.ts';
import { inScript } from '../lib/script.ts';

/** Every string the site itself shows, written once in simplified Chinese. */
const strings = {
  skipToContent: '跳到正文',
  navHome: '首页',
  navNews: '新闻动态',
  navCities: '城市妇联',
  navBrands: '品牌项目',
  navPeople: '巾帼风采',
  navTags: '专题标签',
  mainNav: '主导航',
  searchLabel: '搜索全站',
  searchPlaceholder: '搜索新闻、人物、品牌',
  searchSubmit: '搜索',
  searchTitle: '搜索',
  searchDescription: '搜索本站的新闻、人物、品牌项目和城市妇联,简体、繁体都能找到。',
  searchResultsTitle: '“{query}”的搜索结果',
  searchPrompt: '请输入要找的内容,例如人名、品牌名称或地名。简体、繁体都可以。',
  searchLoading: '正在搜索“{query}”……',
  searchCount: '找到 {count} 条与“{query}”相关的内容。',
  searchShown: '已显示 {shown} 条,共 {count} 条。',
  searchNone: '没有找到与“{query}”相关的内容。可以少输入几个字,或换一个说法再试。',
  searchMore: '显示更多结果',
  searchHint: '简体、繁体都能找到,也可以输入拼音(如 jilin)或首字母(如 jlsj)。',
  searchSuggest: '你是不是要找:',
  searchUnavailable: '搜索暂时无法使用,请稍后再试,或从下面的栏目查找。',
  searchDevUnavailable: '开发预览里没有搜索索引:运行 npm run build,再用 npm run preview 查看搜索。',
  searchNeedsScript: '搜索需要浏览器开启 JavaScript。没有开启时,可以从下面的栏目查找。',
  searchBrowse: '按栏目查找',
  searchCountFiltered: '按所选条件找到 {count} 条与“{query}”相关的内容,不加筛选共 {total} 条。',
  searchNoneFiltered: '所选条件下没有与“{query}”相关的内容,不加筛选共 {total} 条。可以清除筛选再看。',
  filterLegend: '筛选结果',
  filterCity: '城市',
  filterType: '类型',
  filterYear: '年份',
  filterBrand: '品牌',
  filterAny: '全部',
  filterOption: '{label}({count})',
  filterClear: '清除筛选',
  resultNews: '新闻',
  resultPerson: '人物',
  resultBrand: '品牌',
  resultCity: '城市',
  resultColumn: '栏目',
  latestNews: '最新动态',
  featuredPeople: '巾帼风采',
  featuredBrands: '品牌项目',
  allNews: '全部新闻',
  allPeople: '全部人物',
  allBrands: '全部品牌',
  cityList: '城市妇联',
  cityDescription: '{federation}:{province}{name}的妇联工作、品牌项目与巾帼人物。',
  districts: '下辖区县',
  parentCity: '上级城市',
  keyFigures: '主要数据',
  figuresNote: '条形长度按对数比例绘制,便于比较相差悬殊的数字;准确数值见标注。',
  figureSource: '来源',
  figureAsOf: '截至',
  cityBrands: '品牌项目',
  cityPeople: '巾帼人物',
  cityColumns: '特色栏目',
  cityNews: '新闻动态',
  newsArchive: '新闻归档',
  yearArchive: '{year}年新闻',
  credits: '稿件信息',
  contributor: '供稿',
  reporter: '记者',
  editor: '编辑',
  reviewer: '审核',
  supervisor: '监制',
  source: '来源',
  readOriginal: '阅读原文',
  published: '发布时间',
  updated: '更新时间',
  relatedBrands: '相关品牌',
  relatedPeople: '相关人物',
  inColumn: '所属栏目',
  tags: '标签',
  previous: '上一篇',
  next: '下一篇',
  newer: '较新',
  older: '较早',
  pagination: '分页',
  pageOf: '第 {current} 页,共 {last} 页',
  prevPage: '上一页',
  nextPage: '下一页',
  subBrands: '子品牌',
  parentBrand: '所属品牌',
  representatives: '代表人物',
  brandNews: '相关报道',
  category: '类别',
  since: '创立于',
  sinceYear: '{year}年',
  personNews: '相关报道',
  role: '职务',
  organization: '单位',
  columnEntries: '栏目文章',
  platform: '刊载平台',
  tagItems: '含“{tag}”标签的新闻',
  allTags: '全部标签',
  itemsCount: '共 {count} 篇',
  noItems: '暂无内容。',
  notFoundTitle: '页面未找到',
  notFoundBody: '您要找的页面不存在或已移动。可以回到首页,或用搜索查找。',
  backHome: '回到首页',
  sponsor: '主办单位',
  contact: '联系我们',
  breadcrumb: '当前位置',
  kindWechat: '微信公众号',
  kindNewspaper: '报纸',
  kindMedia: '融媒体',
  kindOriginal: '本站原创',
  readingSettings: '阅读设置',
  largeText: '大字',
  highContrast: '高对比',
  feedAll: '全部新闻',
  feedCity: '新闻',
  pageAddress: '本页网址',
  scanToRead: '手机扫码阅读',
  qrLabel: '本页二维码,扫描后在手机上打开 {url}',
  siteCode: '网站标识码',
  address: '地址',
  phone: '电话',
  email: '邮箱',
  draftBanner: '草稿预览:这篇稿件标记为草稿(draft: true),正式网站不会显示。',
  scheduledBanner: '定时发布预览:发布时间是 {date},在这之后构建网站时才会出现在正式网站上。',
  correction: '更正',
  correctionOn: '{date}更正',
  withdrawnTitle: '此页已撤下',
  withdrawnOn: '本页内容已于{date}撤下。',
  withdrawnReason: '原因:{reason}',
  withdrawnPublished: '原发布时间:{date}',
  shortLink: '短链接',
  redirectTitle: '页面已迁移',
  redirectBody: '您访问的页面已迁移到新地址,正在为您跳转。如果没有自动跳转,请点击:',
} as const;

export type UiKey = keyof typeof strings;
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * Strings converted to a script, by key: every page asks for the same few dozen, and converting one is a dictionary
 * pass. Values filled in are converted on their own.
 */
const converted = new Map<string, string>();

function template(key: UiKey, script: Script): string {
  const cacheKey = `${script}\0${key}`;
  let text = converted.get(cacheKey);
  if (text === undefined) {
    text = inScript(strings[key], script);
    converted.set(cacheKey, text);
  }
  return text;
}

/** Strings for a page in the given script; traditional pages get them converted at build time. */
export function useTranslations(script: Script): Translate {
  return (key, values) => {
    let text = template(key, script);
    for (const [name, value] of Object.entries(values ?? {}))
      text = text.replaceAll(`{${name}}`, inScript(String(value), script));
    return text;
  };
}
