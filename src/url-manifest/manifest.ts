/**
 * The committed record of every URL the site has published. One line per URL,
 * so a change shows in review as the lines it touches.
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

export const MANIFEST_FILE = 'urls.json';

const ABOUT =
  '网址清单:本站发布过的每个网址。构建时自动更新,请连同内容一起提交;不要手改。改名或删除内容的做法见 docs/publishing.md。';

export class ManifestError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

export function parseManifest(text: string): UrlManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    throw new ManifestError('网址清单不是有效的 JSON:请用 git 恢复这个文件(git checkout -- 文件名),不要手改', line);
  }
  const urls = (raw as { urls?: unknown })?.urls;
  if (!urls || typeof urls !== 'object' || Array.isArray(urls)) {
    throw new ManifestError('网址清单缺少 "urls" 部分:请用 git 恢复这个文件', 1);
  }
  const manifest: UrlManifest = new Map();
  for (const [path, value] of Object.entries(urls as Record<string, unknown>)) {
    const record = (value ?? {}) as Record<string, unknown>;
    manifest.set(path, {
      ...(typeof record.entry === 'string' ? { entry: record.entry } : {}),
      ...(typeof record.short === 'string' ? { short: record.short } : {}),
      ...(typeof record.to === 'string' ? { to: record.to } : {}),
    });
  }
  return manifest;
}

/** Sorted, one URL per line: stable diffs, and `lineOfUrl` can point a problem at the record. */
export function serializeManifest(manifest: UrlManifest): string {
  const paths = [...manifest.keys()].sort(comparePaths);
  const lines = paths.map((path, index) => {
    const record = manifest.get(path) ?? {};
    const ordered = {
      ...(record.entry ? { entry: record.entry } : {}),
      ...(record.short ? { short: record.short } : {}),
      ...(record.to ? { to: record.to } : {}),
    };
    return `    ${JSON.stringify(path)}: ${JSON.stringify(ordered)}${index < paths.length - 1 ? ',' : ''}`;
  });
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "urls": {\n${lines.join('\n')}\n  }\n}\n`;
}

/** Line of a URL's record in a serialised manifest, counted from 1. */
export function lineOfUrl(text: string, path: string): number {
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(`${JSON.stringify(path)}:`));
  return index === -1 ? 1 : index + 1;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
