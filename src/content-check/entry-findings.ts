import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from '../lib/write-whole.ts';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { bodyOf, parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { parseBody, primeParsedBody, storableParse, type ParsedBody } from './markdown.ts';
import type { CheckedEntry, EntryFindings, Problem } from './model.ts';

/**
 * What the rules that read one entry alone found in it, kept between runs in
 * a file of the build's cache: a site of 10,000 articles where one changed is
 * checked again in the time of that one, for those rules (parsing each body's
 * Markdown, HTML and numbers is most of the checks' time). Every other rule
 * still runs over the whole site each time.
 *
 * The parse of each body, which rules across the site read too (links and
 * pictures point at other files), is kept the same way; so is what each
 * file's frontmatter gave (its YAML was a third of the checks' time on such
 * a site), in a file of its own beside, written with `node:v8` so that every
 * value YAML can give comes back as it was.
 *
 * Findings are kept under a digest of the file's bytes and path, and the whole
 * file belongs to one version of the checks: a digest of the checker's own
 * sources, the schemas, the safety allowlist, the site settings and the
 * installed libraries (package-lock.json). An update of any of them checks
 * every file afresh. When the sources cannot be read, nothing is kept.
 */
export class EntryFindingsCache implements EntryFindings {
  readonly #file: string;
  readonly #version: string | undefined;
  readonly #kept: Map<string, Kept>;
  readonly #used = new Map<string, Kept>();
  readonly #frontmatterFile: string;
  readonly #keptFrontmatter: Map<string, KeptFrontmatter>;
  readonly #usedFrontmatter = new Map<string, KeptFrontmatter>();

  constructor(file: string) {
    this.#file = file;
    this.#frontmatterFile = `${file.replace(/\.json$/, '')}.frontmatter.bin`;
    this.#version = checksVersion();
    this.#kept = this.#version ? readKept(file, this.#version) : new Map();
    this.#keptFrontmatter = this.#version ? readKeptFrontmatter(this.#frontmatterFile, this.#version) : new Map();
  }

  /**
   * A file's frontmatter as `parseFrontmatter` reads it; for a file unchanged
   * since the last run, what it read then, the lines of its fields found only
   * when a problem asks for one. A file whose frontmatter cannot be read
   * throws, as `parseFrontmatter` does, and is read again next time.
   */
  frontmatter(file: string, digest: string, source: string): ParsedFrontmatter {
    const key = this.#version ? `${file}\0${digest}` : undefined;
    const kept = key ? this.#keptFrontmatter.get(key) : undefined;
    if (key && kept) {
      this.#usedFrontmatter.set(key, kept);
      let lineOf: ParsedFrontmatter['lineOf'] | undefined;
      return {
        ...kept,
        body: bodyOf(source, kept.bodyLine),
        lineOf: (path) => (lineOf ??= parseFrontmatter(source).lineOf)(path),
      };
    }
    const parsed = parseFrontmatter(source);
    if (key) this.#usedFrontmatter.set(key, { data: parsed.data, notes: parsed.notes, bodyLine: parsed.bodyLine });
    return parsed;
  }

  /** Before the rules run: each unchanged entry's body as parsed last time. */
  primeParsedBodies(entries: readonly CheckedEntry[]): void {
    for (const entry of entries) {
      const body = this.#kept.get(keyOf(entry) ?? '')?.body;
      if (body) primeParsedBody(entry, body);
    }
  }

  findings(entry: CheckedEntry, check: () => Problem[][]): Problem[][] {
    const key = this.#version ? keyOf(entry) : undefined;
    if (!key) return check();
    const found = this.#kept.get(key)?.found ?? check();
    this.#used.set(key, { found });
    return found;
  }

  /** Writes what this run found, and only that: files gone or changed since leave nothing behind. */
  save(entries: readonly CheckedEntry[]): void {
    if (!this.#version) return;
    for (const entry of entries) {
      const used = this.#used.get(keyOf(entry) ?? '');
      const body = used && storableParse(parseBody(entry));
      if (body) used.body = body;
    }
    const text = JSON.stringify({ version: this.#version, findings: Object.fromEntries(this.#used) });
    writeWhole(this.#file, text);
    writeWhole(this.#frontmatterFile, serialize({ version: this.#version, frontmatter: this.#usedFrontmatter }));
  }
}

/** What a file's frontmatter gave: all of `ParsedFrontmatter` but what is worked out again from the file's text. */
type KeptFrontmatter = Pick<ParsedFrontmatter, 'data' | 'notes' | 'bodyLine'>;

function readKeptFrontmatter(file: string, version: string): Map<string, KeptFrontmatter> {
  try {
    const kept = deserialize(readFileSync(file)) as { version?: unknown; frontmatter?: unknown };
    return kept.version === version && kept.frontmatter instanceof Map
      ? (kept.frontmatter as Map<string, KeptFrontmatter>)
      : new Map();
  } catch {
    // No file yet, or one cut short: every file is read afresh.
    return new Map();
  }
}

interface Kept {
  /** What each of `entryRules` found, in their order. */
  found: Problem[][];
  body?: ParsedBody;
}

function keyOf(entry: CheckedEntry): string | undefined {
  return entry.digest ? `${entry.file}\0${entry.digest}` : undefined;
}

/** The digest a checked file's findings are kept under: its bytes. */
export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

function readKept(file: string, version: string): Map<string, Problem[][]> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: unknown;
      findings?: Record<string, Problem[][]>;
    };
    if (kept.version !== version || typeof kept.findings !== 'object' || kept.findings === null) return new Map();
    return new Map(Object.entries(kept.findings));
  } catch {
    // No file yet, or one cut short: everything is checked afresh.
    return new Map();
  }
}

/** The folders whose code decides what the per-entry rules find, under `src/`. */
const SOURCES = ['content-check', 'safety', 'schemas', 'lib', 'config', 'i18n'];

function checksVersion(): string | undefined {
  try {
    const src = fileURLToPath(new URL('../', import.meta.url));
    const hash = createHash('sha256');
    for (const folder of SOURCES) {
      const files = readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' }).filter((name) =>
        /\.(ts|json)$/.test(name),
      );
      for (const name of files.sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(src, folder, name)));
    }
    const lock = join(src, '..', 'package-lock.json');
    if (existsSync(lock)) hash.update(readFileSync(lock));
    return hash.digest('base64url');
  } catch {
    return undefined;
  }
}
