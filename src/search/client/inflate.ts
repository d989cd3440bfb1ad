/**
 * A record's compressed head or text (raw DEFLATE, `core/records.ts`) as
 * text. The browser's own `DecompressionStream` does it where it knows the
 * format (Chrome 103, Safari 16.4, Firefox 113); an older browser, such as
 * an old phone's WeChat, loads fflate's inflate, once, only then.
 */
export async function inflateText(bytes: Uint8Array): Promise<string> {
  let stream: DecompressionStream | undefined;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    stream = undefined;
  }
  if (stream) return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)).text();
  const { inflateSync, strFromU8 } = await import('fflate');
  return strFromU8(inflateSync(bytes));
}
