/**
 * Records' compressed texts (raw DEFLATE, `core/records.ts`) as
 * text, in the order given. The browser's own `DecompressionStream` does it
 * where it knows the format (Chrome 103, Safari 16.4, Firefox 113): no code
 * to load or start before the first results. A browser without it, such as
 * an old iPhone's WeChat, loads fflate's inflate once, only then.
 */
export async function inflateTexts(parts: readonly Uint8Array[]): Promise<string[]> {
  if (nativeRaw()) {
    return Promise.all(
      parts.map((bytes) =>
        new Response(
          new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
        ).text(),
      ),
    );
  }
  const { inflateSync, strFromU8 } = await import('fflate');
  return parts.map((bytes) => strFromU8(inflateSync(bytes)));
}

let native: boolean | undefined;

function nativeRaw(): boolean {
  if (native === undefined) {
    try {
      new DecompressionStream('deflate-raw');
      native = true;
    } catch {
      native = false;
    }
  }
  return native;
}
