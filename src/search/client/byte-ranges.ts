import { bytesOf, rangeHeader, readRangeResponse, type ByteRange, type ReceivedPart } from '../core/records.ts';

/** What the host was seen to do with a `Range` header: send several ranges at once, only one, or none. */
type Support = 'several' | 'one' | 'none';

/** A file that is not on the site (404): an index of an earlier build, gone since. */
export class Missing extends Error {}

/**
 * Fetches ranges of the index's record files: all the ranges a batch needs
 * from a file in one request, as nginx answers (`multipart/byteranges`).
 * Hosts that send only one range per response (many CDNs), or that ignore
 * the header, are learned from their first answer: then each range has a
 * request of its own, or, where no range is honoured, the file is read
 * once whole and kept.
 */
export class ByteRanges {
  #support: Support = 'several';
  /** Whether a request for one range has been answered with that range: until then, one is tried before the rest. */
  #oneAnswered = false;
  readonly #whole = new Map<string, Promise<Uint8Array>>();

  /** The bytes of each range, in the order asked. */
  async fetch(url: string, ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    const whole = this.#whole.get(url);
    if (whole) {
      const bytes = await whole;
      return ranges.map(({ start, end }) => bytes.subarray(start, end));
    }
    if (this.#support === 'one' && ranges.length > 1) {
      // A host that ignores ranges sends the whole file to each request at once: learn that from one of them.
      const [first, ...rest] = ranges;
      const head = this.#oneAnswered ? [] : await this.fetch(url, [first!]);
      const others = await Promise.all((this.#oneAnswered ? ranges : rest).map((range) => this.fetch(url, [range])));
      return [...head, ...others.flat()];
    }

    const controller = new AbortController();
    // A host known to ignore ranges is not asked for them: the file comes whole, and is kept.
    const headers: HeadersInit = this.#support === 'none' ? {} : { range: rangeHeader(ranges) };
    const response = await fetch(url, { headers, signal: controller.signal });
    if (response.status === 404) throw new Missing(`${url}: 404`);
    if (response.status === 200) {
      if (ranges.length > 1 && this.#support === 'several') {
        // Several ranges refused: stop the whole file coming, and ask for each range alone.
        controller.abort();
        this.#support = 'one';
        return this.fetch(url, ranges);
      }
      this.#support = 'none';
      const read = response.arrayBuffer().then((buffer) => new Uint8Array(buffer));
      this.#whole.set(url, read);
      read.catch(() => this.#whole.delete(url));
      return this.fetch(url, ranges);
    }
    if (response.status !== 206) throw new Error(`${url}: ${response.status}`);
    if (ranges.length === 1) this.#oneAnswered = true;
    const parts: ReceivedPart[] = readRangeResponse(
      response.headers.get('content-type'),
      response.headers.get('content-range'),
      new Uint8Array(await response.arrayBuffer()),
    );
    const found = ranges.map((range) => bytesOf(parts, range));
    const missing = ranges.filter((_, index) => !found[index]);
    if (missing.length === 0) return found as Uint8Array[];
    // Fewer ranges came than were asked for: this host sends one at a time.
    this.#support = 'one';
    const fetched = await Promise.all(missing.map(async (range) => (await this.fetch(url, [range]))[0]!));
    return found.map((bytes) => bytes ?? fetched.shift()!);
  }
}
