import type { CreditRole, FoundDate } from '../model.ts';
import { key, length } from '../text/lines.ts';
import { findDate } from './dates.ts';

/**
 * Lines made of `label: value` pieces: closing credits (`编辑:王丽 审核:张华`),
 * source notes (`(新闻来源:秦州区融媒体中心 转载:天水市妇联)`) and a website's
 * meta line (`发布时间:2024-03-08 10:20 来源:聊城市妇联 浏览次数:128`). Labels are
 * read in simplified script, with any separator people type: `:` `:` `/` `|`
 * or a space, inside brackets of either width or none.
 */

type LabelKind =
  | { kind: 'credit'; role: CreditRole }
  | { kind: 'source' }
  | { kind: 'reprint' }
  | { kind: 'date' }
  | { kind: 'counter' };

const labels: [string, LabelKind][] = [
  ...words('供稿单位 供稿 来源单位 投稿 通讯员 供图').map((word) => credit(word, 'contributor')),
  ...words(
    '文/图 图/文 本报记者 特约记者 首席记者 见习记者 记者 实习生 采写 作者 撰稿 撰文 文字 摄影 摄像 拍摄 视频 图片 图 文 摄',
  ).map((word) => credit(word, 'reporter')),
  ...words('责任编辑 值班编辑 网络编辑 编辑 责编 编发 排版 校对 美编 设计').map((word) => credit(word, 'editor')),
  ...words('初审 二审 复审 三审 终审 审核 审校 审稿 校审').map((word) => credit(word, 'reviewer')),
  ...words('总监制 监制 出品人 出品 总编辑 总编 签发').map((word) => credit(word, 'supervisor')),
  ...words('新闻来源 信息来源 文章来源 稿件来源 本文来源 来源 转自 转载自 出处').map((word): [string, LabelKind] => [
    word,
    { kind: 'source' },
  ]),
  ...words('转载 转发').map((word): [string, LabelKind] => [word, { kind: 'reprint' }]),
  ...words('发布时间 发布日期 发表时间 发稿时间 更新时间 时间 日期').map((word): [string, LabelKind] => [
    word,
    { kind: 'date' },
  ]),
  ...words('浏览次数 浏览量 点击数 点击量 点击率 阅读次数 阅读量 访问量 字号 字体').map((word): [string, LabelKind] => [
    word,
    { kind: 'counter' },
  ]),
];

function words(list: string): string[] {
  return list.split(' ');
}

function credit(word: string, role: CreditRole): [string, LabelKind] {
  return [word, { kind: 'credit', role }];
}

const byLabel = new Map(labels);
const alternatives = [...byLabel.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace('/', '\\/'));
/** A label where a piece starts: at the line's start or after a space, bar or bracket, followed by a separator. */
const LABEL = new RegExp(
  String.raw`(?<=^|[\s|丨()\[\]【】〔〕])(${alternatives.join('|')})(?=\s*[:|丨/\]】]|\s+\S|\s*$)`,
  'gu',
);

export interface Piece {
  label: string;
  value: string;
  is: LabelKind;
}

/** The pieces of a labelled line, or undefined when any part of it is not one (a sentence of the story). */
export function labelledPieces(line: string): Piece[] | undefined {
  const [from, to] = innerSpan(line);
  // Keys keep each character's place: the labels are found in the key, the values are taken from the line as written.
  const text = key(line).slice(from, to);
  const written = line.slice(from, to);
  if (length(text) > 90 || text === '') return undefined;
  const starts = [...text.matchAll(LABEL)];
  // `【责任编辑】刘丽`: a bracket may open the line round its first label.
  if (starts.length === 0 || starts[0]!.index !== (/^[[【]/u.test(text) ? 1 : 0)) return undefined;
  const pieces: Piece[] = [];
  for (const [index, match] of starts.entries()) {
    const label = match[1]!;
    const end = starts[index + 1]?.index ?? text.length;
    const raw = text.slice(match.index + label.length, end);
    const lead = /^\s*[\]】]?\s*[:|丨/]?\s*/u.exec(raw)![0].length;
    const tail = /[\s|丨()[\]【】〔〕]*$/u.exec(raw)![0].length;
    const at = match.index + label.length + lead;
    const value = written.slice(at, Math.max(at, match.index + label.length + raw.length - tail));
    const is = byLabel.get(label)!;
    if (value === '' && is.kind !== 'counter') return undefined;
    pieces.push({ label, value, is });
  }
  return pieces.every(valuePlausible) ? pieces : undefined;
}

/** Where a line's content is once a leading bullet and brackets round the whole line are set aside. */
function innerSpan(line: string): [number, number] {
  const text = key(line);
  let from = /^[\s□■◇◆●○•]*/u.exec(text)![0].length;
  let to = text.length - /\s*$/u.exec(text)![0].length;
  for (;;) {
    const inner = text.slice(from, to);
    const match = /^[([【〔]\s*(.*?)\s*[)\]】〕]$/u.exec(inner);
    if (!match || /[()[\]【】]/u.test(match[1]!)) return [from, to];
    const open = inner.indexOf(match[1]!);
    from += open;
    to = from + match[1]!.length;
  }
}

/** A value is a name, a source, a date or a count, never a clause of a sentence. */
function valuePlausible({ value, is }: Piece): boolean {
  if (/[。!?;]/u.test(value)) return false;
  if (is.kind === 'date') return findDate(value) !== undefined;
  if (is.kind === 'credit')
    return splitNames(value).length > 0 && splitNames(value).every((name) => length(name) <= 20);
  return length(value) <= 40;
}

/**
 * Names in a credit: split at 、 , / ; and spaces. A two-character name padded
 * to line up in a list (`张 三`) is joined back.
 */
export function splitNames(text: string): string[] {
  const parts = text
    .replace(/[()（）]/gu, ' ')
    .split(/[、,，/／\s;；\u3000]+/u)
    .filter(Boolean);
  const names: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const here = parts[index]!;
    const next = parts[index + 1];
    if (next && length(here) === 1 && length(next) === 1 && /\p{Script=Han}{2}/u.test(here + next)) {
      names.push(here + next);
      index++;
    } else names.push(here);
  }
  return names;
}

/** Credits written after the names: `(市妇联办公室供稿)`, `王丽 摄`, `(东昌府区妇联 供稿)`. */
export function trailingCredit(line: string): { role: CreditRole; names: string[] } | undefined {
  const [from, to] = innerSpan(line);
  const text = key(line).slice(from, to);
  const match = /^(.{1,30}?)\s*(供稿|供图|摄影|摄|撰稿|整理|报道)$/u.exec(text);
  if (!match || /[。,!?;:]/u.test(match[1]!)) return undefined;
  const role: CreditRole = match[2] === '供稿' || match[2] === '供图' ? 'contributor' : 'reporter';
  const names = splitNames(line.slice(from, from + match[1]!.length));
  return names.length > 0 ? { role, names } : undefined;
}

export function pieceDate(piece: Piece): FoundDate | undefined {
  return piece.is.kind === 'date' ? findDate(piece.value) : undefined;
}
