import { findPersonalData, type PersonalDataMatch } from '../../safety/personal-data.ts';
import { walk } from '../marks.ts';
import type { Problem, RuleContext } from '../model.ts';

export { findPersonalData, isResidentId } from '../../safety/personal-data.ts';

const advice = '如果这是应当公开的号码(例如服务热线),请在属性区写 allowPersonalData: true';

/**
 * Personal numbers must not be published unless the entry says, in so many
 * words, that they are meant to be; in a tag, never. They are found in any
 * notation (src/safety/personal-data.ts): full-width digits, separators,
 * entities or comments inside, split over lines, 15- or 18-digit IDs.
 */
export function checkPersonalData({ entries }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const allowed = entry.data.allowPersonalData === true;
    const tagReport = (line: number, field: string, match: PersonalDataMatch) =>
      problems.push({
        file: entry.file,
        line,
        field,
        message: `标签里有${match.kind === 'mobile' ? '手机号码' : '居民身份证号码'}“${match.masked}”:每个标签都会生成一个页面,标签不能是个人号码,请删去`,
      });
    const report = (line: number, field: string | undefined, match: PersonalDataMatch) =>
      problems.push({
        file: entry.file,
        line,
        ...(field ? { field } : {}),
        message:
          match.kind === 'mobile'
            ? `有手机号码“${match.masked}”:个人手机号不能公开发布,请删去或改成单位电话;${advice}`
            : `有居民身份证号码“${match.masked}”:身份证号不能公开发布,请删去;${advice}`,
      });
    walk(entry.data, [], (value, path) => {
      if (typeof value !== 'string') return false;
      // A tag becomes a page of its own (/tags/<number>/): never a personal number, whatever the entry allows.
      const isTag = path[0] === 'tags';
      if (allowed && !isTag) return true;
      for (const match of findPersonalData(value)) {
        if (isTag) tagReport(entry.lineOf(path), path.join('.'), match);
        else report(entry.lineOf(path), path.join('.'), match);
      }
      return true;
    });
    if (allowed) continue;
    // The whole body at once, so that a number split over two lines is still one number.
    for (const match of findPersonalData(entry.body)) {
      report(entry.bodyLine + (entry.body.slice(0, match.index).match(/\n/g)?.length ?? 0), undefined, match);
    }
  }
  return problems;
}
