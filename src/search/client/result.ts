import { formatChineseDate, parseShanghaiDate } from '../../lib/dates.ts';
import { excerpt, hasMatch, highlight, type Segment } from '../core/excerpt.ts';
import type { Fold } from '../core/fold.ts';
import type { DisplayRecord, RecordKind } from '../model.ts';

function appendSegments(parent: HTMLElement, segments: Segment[]): void {
  for (const { text, match } of segments) {
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(text);
    }
  }
}

function separator(): HTMLElement {
  const dot = document.createElement('span');
  dot.setAttribute('aria-hidden', 'true');
  dot.textContent = ' · ';
  return dot;
}

function details(record: DisplayRecord, kinds: Record<RecordKind, string>): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const kind = kinds[record.kind];
  if (kind) {
    const label = document.createElement('span');
    label.textContent = kind;
    parts.push(label);
  }
  const date = record.date ? parseShanghaiDate(record.date) : undefined;
  if (date) {
    const time = document.createElement('time');
    time.dateTime = record.date!;
    time.textContent = formatChineseDate(date);
    parts.push(time);
  }
  if (record.place) {
    const place = document.createElement('span');
    place.lang = record.lang;
    place.textContent = record.place;
    parts.push(place);
  }
  return parts.flatMap((part, index) => (index > 0 ? [separator(), part] : [part]));
}

/**
 * One result, from the template on the page: title, kind · date · city,
 * summary, and — when neither title nor summary holds what was typed — a
 * line of the text around it, every match marked, all in the entry's script.
 */
export function renderResult(
  template: HTMLTemplateElement,
  record: DisplayRecord,
  terms: string[],
  fold: Fold,
  kinds: Record<RecordKind, string>,
): HTMLLIElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

  const link = slot('title') as HTMLAnchorElement;
  link.href = record.url;
  link.lang = record.lang;
  appendSegments(link, highlight(record.title, terms, fold));

  slot('details').append(...details(record, kinds));

  const summary = slot('summary');
  summary.lang = record.lang;
  appendSegments(summary, highlight(record.summary, terms, fold));

  const excerptElement = slot('excerpt');
  const context =
    hasMatch(record.title, terms, fold) || hasMatch(record.summary, terms, fold)
      ? undefined
      : excerpt(record.body, terms, fold);
  if (context) {
    excerptElement.lang = record.lang;
    appendSegments(excerptElement, context);
  } else {
    excerptElement.remove();
  }
  return item;
}
