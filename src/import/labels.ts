import type { Removed } from './model.ts';

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
