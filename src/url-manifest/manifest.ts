import { SHORT_ALPHABET, SHORT_CODE, SHORT_LENGTH, SHORT_MAX_LENGTH } from './short-codes.ts';

/**
 * The committed record of every URL the site has published: `content/urls.jsonl`,
 * one JSON object per line (JSON Lines), sorted by URL.
 *
 * Line by line so that git merges it with `merge=union` (.gitattributes): two
 * people who each publish an article, and the deploy's own commit-back, add
 * different lines, and a union merge keeps every line of both sides. Any set of
 * whole lines is a valid file (no commas between records, no closing brace), so
 * the merged file always reads; a URL both sides changed may then appear twice,
 * and `parseManifest` merges its lines (see `mergeRecords`) the same way
 * whichever side came first. The next build writes the file sorted again.
 */
export interface UrlRecord {
  /** `<collection>/<id>` of the entry whose page or alias this is; absent for generated pages (lists, tags). */
  entry?: string;
  /** Short code of an entry's page: `/s/<code>/` redirects to it. */
  short?: string;
  /** Where this URL now redirects. */
  to?: string;
}

export type UrlManifest = Map<string, UrlRecord>;

export const MANIFEST_FILE = 'urls.jsonl';

/** The manifest before it was line by line (one JSON object): still read, and replaced by the first build. */
export const LEGACY_MANIFEST_FILE = 'urls.json';

const ABOUT =
  '网址清单:本站发布过的每个网址,一行一个。构建时自动更新,请连同内容一起提交;不要手改。改名或删除内容的做法见 docs/publishing.md。';

const RESTORE = '请用 git 恢复这个文件(git checkout -- 文件名),不要手改';

export class ManifestError extends Error {
  readonly line: number;
  /** The manifest file, relative to the project root, once the store knows which it read. */
  file?: string;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

interface ReadRecord {
  path: string;
  record: UrlRecord;
  line: number;
}

/** Reads a manifest in either format: lines (`urls.jsonl`) or the older single JSON object (`urls.json`). */
export function parseManifest(text: string): UrlManifest {
  const clean = text.replace(/^\uFEFF/, '');
  return checkedManifest(isLegacy(clean) ? readLegacy(clean) : readLines(clean));
}

/** Sorted, one URL per line: stable diffs, conflict-free union merges, and `lineOfUrl` can point at the record. */
export function serializeManifest(manifest: UrlManifest): string {
  const lines = [...manifest.keys()].sort(comparePaths).map((path) => {
    const record = manifest.get(path) ?? {};
    return JSON.stringify({
      url: path,
      ...(record.entry ? { entry: record.entry } : {}),
      ...(record.short ? { short: record.short } : {}),
      ...(record.to ? { to: record.to } : {}),
    });
  });
  return `${[JSON.stringify({ about: ABOUT }), ...lines].join('\n')}\n`;
}

/** Line of a URL's record in a manifest of either format, counted from 1. */
export function lineOfUrl(text: string, path: string): number {
  const quoted = JSON.stringify(path);
  const index = text
    .split('\n')
    .findIndex((line) => line.startsWith(`{"url":${quoted}`) || line.trimStart().startsWith(`${quoted}:`));
  return index === -1 ? 1 : index + 1;
}

/** Manifests read from several files (a branch from before the format change merged in): every URL of each. */
export function unionOf(manifests: readonly UrlManifest[]): UrlManifest {
  const lines = manifests.flatMap((manifest) => [...manifest].map(([path, record]) => ({ path, record, line: 1 })));
  return checkedManifest(lines);
}

function isLegacy(text: string): boolean {
  // The old file was written starting with a lone brace, damaged or not; every line of the new one is a whole object.
  if (/^\s*\{\s*(\n|$)/.test(text)) return true;
  try {
    // Or one JSON object with a "urls" part on one line; two lines or more of the new file are never one object.
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'urls' in value;
  } catch {
    return false;
  }
}

function readLines(text: string): ReadRecord[] {
  const records: ReadRecord[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (/^(<{7}|={7}|>{7}|\|{7})/.test(trimmed)) {
      // Only where .gitattributes' merge=union was not in effect (a copy of the file merged by hand or by a tool).
      throw new ManifestError(
        '这里是 git 合并冲突留下的标记:网址清单两边的网址都要保留。请删掉以 <<<<<<<、=======、>>>>>>> 开头的这几行,其余各行都留着,再构建一次',
        line,
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new ManifestError(`网址清单的这一行不完整:${RESTORE}`, line);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new ManifestError(`网址清单的每一行应是一个网址的记录:${RESTORE}`, line);
    }
    const object = value as Record<string, unknown>;
    if (object.url === undefined && typeof object.about === 'string') continue;
    if (typeof object.url !== 'string' || !object.url.startsWith('/')) {
      throw new ManifestError(`网址清单的这一行缺少以 / 开头的 "url":${RESTORE}`, line);
    }
    records.push({ path: object.url, record: recordOf(object, object.url, line), line });
  }
  return records;
}

function readLegacy(text: string): ReadRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    throw new ManifestError(`网址清单不是有效的 JSON:${RESTORE}`, line);
  }
  const urls = (raw as { urls?: unknown })?.urls;
  if (!urls || typeof urls !== 'object' || Array.isArray(urls)) {
    throw new ManifestError('网址清单缺少 "urls" 部分:请用 git 恢复这个文件', 1);
  }
  return Object.entries(urls as Record<string, unknown>).map(([path, value]) => {
    const line = lineOfUrl(text, path);
    return { path, record: recordOf((value ?? {}) as Record<string, unknown>, path, line), line };
  });
}

function recordOf(object: Record<string, unknown>, path: string, line: number): UrlRecord {
  if (object.short !== undefined) {
    // Short codes are written by the build; one edited by hand could name any path on the site, or outside it.
    const short = object.short;
    if (typeof short !== 'string' || !SHORT_CODE.test(short)) {
      throw new ManifestError(
        `${path} 的短码“${String(short)}”不对:短码由构建生成,只有 ${SHORT_LENGTH}–${SHORT_MAX_LENGTH} 个 ${SHORT_ALPHABET} 里的字符。${RESTORE}`,
        line,
      );
    }
  }
  return {
    ...(typeof object.entry === 'string' ? { entry: object.entry } : {}),
    ...(typeof object.short === 'string' ? { short: object.short } : {}),
    ...(typeof object.to === 'string' ? { to: object.to } : {}),
  };
}

/** One record per URL, and each short code on one URL, or the line that breaks it. */
function checkedManifest(lines: readonly ReadRecord[]): UrlManifest {
  const byPath = new Map<string, ReadRecord[]>();
  for (const line of lines) byPath.set(line.path, [...(byPath.get(line.path) ?? []), line]);
  const manifest: UrlManifest = new Map();
  for (const [path, versions] of byPath) manifest.set(path, mergeRecords(path, versions));
  moveCodesWithTheirEntry(manifest);

  const shortOwner = new Map<string, string>();
  for (const [path, record] of manifest) {
    if (!record.short) continue;
    const owner = shortOwner.get(record.short);
    if (owner) {
      throw new ManifestError(
        `${path} 的短码“${record.short}”和 ${owner} 的相同:一个短码只能跳转到一个地方。` +
          `多半是两个分支各自发布时碰巧得到同一个短码:在网站上打开 /s/${record.short}/ 看它现在跳到哪里,` +
          `保留那一行,把另一行里的 "short":"${record.short}" 删掉,再构建一次,会给它另生成一个短码`,
        firstLine(byPath.get(path)),
      );
    }
    shortOwner.set(record.short, path);
  }
  return manifest;
}

/**
 * The lines a union merge left for one URL, as one record, whatever their order: it stays an entry's URL if
 * any line says so (so the checker still refuses to lose it), and keeps its short code. Where a page now
 * redirects is worked out again by every build; a recorded redirect is kept so that a renamed page's code can
 * follow its entry (`moveCodesWithTheirEntry`).
 */
function mergeRecords(path: string, versions: readonly ReadRecord[]): UrlRecord {
  const pick = (field: keyof UrlRecord) =>
    versions
      .map(({ record }) => record[field])
      .filter((value): value is string => value !== undefined)
      .sort(comparePaths)[0];
  const shorts = new Set(versions.flatMap(({ record }) => (record.short ? [record.short] : [])));
  if (shorts.size > 1) {
    const [first, second] = [...shorts].sort(comparePaths);
    throw new ManifestError(
      `${path} 在网址清单里有两个短码(${first}、${second}),多半是两个分支各自发布了它。` +
        `在网站上打开 /s/${first}/ 和 /s/${second}/,删掉没有上线的那一个所在的行,再构建一次`,
      versions[versions.length - 1]!.line,
    );
  }
  const entry = pick('entry');
  const short = pick('short');
  const to = pick('to');
  return { ...(entry ? { entry } : {}), ...(short ? { short } : {}), ...(to ? { to } : {}) };
}

/**
 * A renamed entry takes its short code from its old URL to its new page. When the rename is merged beside an
 * unrelated change to a neighbouring line, the union keeps the old URL's line with the code as well: the code
 * then sits on two URLs, one of which redirects to the other, and belongs to the page it leads to.
 */
function moveCodesWithTheirEntry(manifest: UrlManifest): void {
  const holders = new Map<string, string[]>();
  for (const [path, record] of manifest) {
    if (record.short) holders.set(record.short, [...(holders.get(record.short) ?? []), path]);
  }
  for (const paths of holders.values()) {
    if (paths.length !== 2) continue;
    const [a, b] = paths as [string, string];
    const redirect = leadsTo(manifest, a, b) ? a : leadsTo(manifest, b, a) ? b : undefined;
    if (!redirect) continue;
    const { short: _moved, ...rest } = manifest.get(redirect)!;
    manifest.set(redirect, rest);
  }
}

/** Whether `from` redirects, in one step or a chain of renames, to `page`. */
function leadsTo(manifest: UrlManifest, from: string, page: string): boolean {
  let current = manifest.get(from)?.to;
  for (let hop = 0; current && hop < 20; hop++) {
    if (current === page) return true;
    current = manifest.get(current)?.to;
  }
  return false;
}

function firstLine(versions: readonly ReadRecord[] | undefined): number {
  return versions && versions.length > 0 ? Math.min(...versions.map(({ line }) => line)) : 1;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
