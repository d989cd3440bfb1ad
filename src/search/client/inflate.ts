import { inflateSync, strFromU8 } from 'fflate';

/**
 * A record's compressed head or text (raw DEFLATE, `core/records.ts`) as
 * text, by fflate's inflate (already the importer's): synchronous, so ten
 * results are read in one go, and in every browser a reader may have,
 * where `DecompressionStream('deflate-raw')` needs Safari 16.4 or Chrome 103.
 */
export function inflateText(bytes: Uint8Array): string {
  return strFromU8(inflateSync(bytes));
}
