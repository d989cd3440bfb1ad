import { loadManifest } from '../url-manifest/store.ts';
import { paths } from '../lib/urls.ts';

let codes: Map<string, string> | undefined;

/**
 * The short permanent path of a news item, person or brand (`/s/k7mq/`): the link
 * for WeChat's 阅读原文 and for QR codes. It survives renames, because the URL
 * manifest carries the code from the old URL to the new one. Undefined for an
 * entry the build has not recorded (a draft previewed in dev).
 */
export function shortPath(entry: { collection: string; id: string }): string | undefined {
  codes ??= shortCodes();
  const code = codes.get(`${entry.collection}/${entry.id}`);
  return code ? paths.short(code) : undefined;
}

function shortCodes(): Map<string, string> {
  // The content guard has recorded this build's entries before any page renders.
  const { records } = loadManifest(process.cwd());
  const byEntry = new Map<string, string>();
  for (const record of records.values()) {
    if (record.entry && record.short && !record.to) byEntry.set(record.entry, record.short);
  }
  return byEntry;
}
