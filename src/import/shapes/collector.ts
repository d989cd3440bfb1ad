import type { Block, CreditRole, Credits, FoundDate, KnownCity, Removed, SourceKind } from '../model.ts';
import type { Piece } from '../rules/labelled.ts';
import { pieceDate, splitNames } from '../rules/labelled.ts';

/** Where a date was read: a stronger source is never overridden by a weaker one. */
export type DateOrigin = 'page' | 'header' | 'dateline' | 'closing';
const strength: Record<DateOrigin, number> = { page: 4, header: 3, dateline: 2, closing: 1 };

/**
 * The fields found so far, the lines taken out of the body and why, and what
 * a person must check. Every rule that takes a line out of the body goes
 * through `remove`, so the list printed for the person is complete.
 */
export class Collector {
  title?: string;
  date?: FoundDate;
  dateOrigin?: DateOrigin;
  source: { name?: string; kind?: SourceKind; url?: string } = {};
  sourceStrength = 0;
  credits: Credits = {};
  readonly removed: Removed[] = [];
  readonly checks: string[] = [];
  readonly body: Block[] = [];

  readonly cities: readonly KnownCity[];

  constructor(cities: readonly KnownCity[]) {
    this.cities = cities;
  }

  remove(text: string, as: string): void {
    this.removed.push({ text, as });
  }

  check(message: string): void {
    if (!this.checks.includes(message)) this.checks.push(message);
  }

  setDate(date: FoundDate | undefined, origin: DateOrigin): boolean {
    if (!date) return false;
    if (this.dateOrigin && strength[this.dateOrigin] >= strength[origin]) return this.date?.day === date.day;
    this.date = date;
    this.dateOrigin = origin;
    return true;
  }

  /** A source read with some certainty; a later, weaker reading does not replace it. */
  setSource(name: string | undefined, kind: SourceKind | undefined, certainty: number): void {
    if (!name || certainty < this.sourceStrength) return;
    this.source = { ...this.source, name, ...(kind ? { kind } : {}) };
    this.sourceStrength = certainty;
  }

  addCredits(role: CreditRole, names: readonly string[]): void {
    const list = (this.credits[role] ??= []);
    for (const name of names) if (name && !list.includes(name)) list.push(name);
  }

  /**
   * Takes a labelled line's pieces into fields; returns what they became, for
   * the removed list. Counters and font sizes are page furniture.
   */
  takePieces(pieces: readonly Piece[], dateOrigin: DateOrigin): string[] {
    const fields: string[] = [];
    for (const piece of pieces) {
      switch (piece.is.kind) {
        case 'credit':
          this.addCredits(piece.is.role, splitNames(piece.value));
          fields.push(`credits.${piece.is.role}`);
          break;
        case 'source':
          if (this.sourceStrength > 2 && this.source.name !== piece.value) {
            this.check(`原文注明“来源:${piece.value}”:如果这篇是转载,请把 source 改成原来的出处`);
          }
          this.setSource(piece.value, undefined, 2);
          fields.push('source.name');
          break;
        case 'reprint':
          this.check(`原文注明由“${piece.value}”转载:source 记的是首发的“${this.source.name ?? '(未认出)'}”,请核对`);
          fields.push('转载(见核对事项)');
          break;
        case 'date':
          this.setDate(pieceDate(piece), dateOrigin);
          fields.push('date');
          break;
        case 'counter':
          fields.push('chrome');
          break;
      }
    }
    return [...new Set(fields)];
  }
}
