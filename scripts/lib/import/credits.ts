import type { CreditRole } from '../../../src/schemas/news.ts';
import { fold } from './text-lines.ts';

export type Credits = Partial<Record<CreditRole, string[]>>;

/** The words Chinese credit lines use for each role. */
const roleWords: [RegExp, CreditRole][] = [
  [/^(供稿|来源单位|供稿单位|通讯员|稿件来源)$/, 'contributor'],
  [/^(记者|本报记者|文|文字|采写|作者|撰稿|文\/图|图\/文|摄影|图片)$/, 'reporter'],
  [/^(编辑|责任编辑|责编|编发|排版|校对|美编)$/, 'editor'],
  [/^(审核|初审|复审|终审|审校|审稿|校审)$/, 'reviewer'],
  [/^(监制|总监制|出品|出品人|总编)$/, 'supervisor'],
];

export function roleOf(word: string): CreditRole | undefined {
  return roleWords.find(([pattern]) => pattern.test(word))?.[1];
}

// 供稿:东昌府区妇联 | 编辑 王丽 | □ 记者 张三 李四 | (供稿 秦州区妇联)
const CREDIT_LINE =
  /^[□■◇◆●○\s]*[((]?\s*(供稿单位|供稿|来源单位|稿件来源|通讯员|本报记者|记者|文\/图|图\/文|文字|采写|撰稿|作者|摄影|图片|文|责任编辑|责编|编辑|编发|排版|校对|美编|初审|复审|终审|审核|审校|审稿|校审|总监制|监制|出品人|出品|总编)(?:\s*[::|丨]\s*|\s+)(.+?)\s*[))]?$/u;

/**
 * A credit line's role and names. Several roles may share a line
 * (`编辑:王丽 审核:张华`), and names are split at 、,, / and spaces.
 */
export function parseCreditLine(original: string): { role: CreditRole; names: string[] }[] | undefined {
  const line = fold(original);
  // A sentence of the story is longer than any credit line.
  if ([...line].length > 60) return undefined;
  const parts = line
    .trim()
    .split(/\s+(?=(?:供稿|编辑|审核|监制|记者|初审|复审|终审|责任编辑|责编|校对|排版|摄影)\s*[::])/u);
  const found: { role: CreditRole; names: string[] }[] = [];
  for (const part of parts) {
    const match = CREDIT_LINE.exec(part);
    const role = match?.[1] ? roleOf(match[1]) : undefined;
    if (!match || !role) return undefined;
    const names = splitNames(match[2] ?? '');
    if (names.length === 0) return undefined;
    found.push({ role, names });
  }
  return found.length > 0 ? found : undefined;
}

export function splitNames(text: string): string[] {
  return fold(text)
    .replace(/[))]$/u, '')
    .split(/[、,,/\s;;]+/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= 20);
}

export function addCredits(credits: Credits, found: readonly { role: CreditRole; names: string[] }[]): void {
  for (const { role, names } of found) {
    const list = (credits[role] ??= []);
    for (const name of names) if (!list.includes(name)) list.push(name);
  }
}
