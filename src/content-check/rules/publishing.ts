import { isoDay } from '../../lib/dates.ts';
import { collections } from '../../schemas/index.ts';
import { referencesIn } from '../marks.ts';
import type { Problem, RuleContext } from '../model.ts';

/** Dates, drafts, scheduling, corrections and withdrawals: what decides whether and how an entry appears. */
export function checkPublishing({ entries, pages, now }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const withdrawn = new Set(pages.filter((page) => page.state === 'withdrawn').map((page) => page.key));

  for (const entry of entries) {
    const { data, file, lineOf } = entry;
    const date = data.date instanceof Date ? data.date : undefined;
    const updated = data.updated instanceof Date ? data.updated : undefined;

    if (date && date.getTime() > now.getTime() && data.scheduled !== true && data.draft !== true) {
      problems.push({
        file,
        line: lineOf(['date']),
        field: 'date',
        message: `日期 ${isoDay(date)} 还没有到:如果要定时发布,请加一行 scheduled: true;如果是写错了,请改正日期`,
      });
    }
    if (date && updated && updated.getTime() < date.getTime()) {
      problems.push({
        file,
        line: lineOf(['updated']),
        field: 'updated',
        message: `更新日期 ${isoDay(updated)} 早于发布日期 ${isoDay(date)}:请检查这两个日期`,
      });
    }
    if (updated && updated.getTime() > now.getTime()) {
      problems.push({
        file,
        line: lineOf(['updated']),
        field: 'updated',
        message: `更新日期 ${isoDay(updated)} 还没有到:请写实际修改的日期`,
      });
    }
    if (typeof data.correction === 'string' && !updated) {
      problems.push({
        file,
        line: lineOf(['correction']),
        field: 'correction',
        message: '写了更正说明,请同时写 updated(更正的日期),页面上会显示“某月某日更正”',
      });
    }
    if (data.withdrawn) continue;
    // A withdrawn entry appears nowhere but its own notice page, so nothing published may point at it.
    for (const { ref, path } of referencesIn(data)) {
      if (!withdrawn.has(`${ref.collection}/${ref.id}`)) continue;
      problems.push({
        file,
        line: lineOf(path),
        field: path.join('.'),
        message: `${collections[ref.collection].label}“${ref.id}”已撤下(withdrawn),这里不能再引用它:请删去`,
      });
    }
  }
  return problems;
}
