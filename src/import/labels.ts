import type { Format, Removed, Shape } from './model.ts';

/** Each shape as staff call it. */
export const shapeNames: Record<Shape, string> = {
  wechat: '微信公众号文章',
  media: '融媒体中心稿件',
  newspaper: '报纸电子版',
  website: '网站文章',
  meeting: '会议报道',
  plain: '文本',
};

export const formatNames: Record<Format, string> = {
  text: '文本文件',
  docx: 'Word 文件',
  html: '保存的网页',
  'wechat-page': '保存的微信网页',
};

const labels: Record<string, string> = {
  title: '标题',
  date: '日期',
  'source.name': '来源',
  'credits.contributor': '供稿',
  'credits.reporter': '记者/作者',
  'credits.editor': '编辑',
  'credits.reviewer': '审核',
  'credits.supervisor': '监制',
  chrome: '页面元素',
};

/** What a removed line became, in Chinese: `标题`, `日期、来源`, `页面元素`. */
export function removedLabel(removed: Removed): string {
  return removed.as
    .split(/,\s*/u)
    .map((field) => labels[field] ?? field)
    .join('、');
}
