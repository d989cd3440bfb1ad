import { formatChineseDate, parseShanghaiDate } from '../../lib/dates.ts';
import { excerpt, highlight, type Segment } from '../core/excerpt.ts';
import type { Fold } from '../core/fold.ts';
import type { RecordKind, ResultHead, SuggestedName } from '../model.ts';

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

function details(record: ResultHead, kinds: Record<RecordKind, string>): HTMLElement[] {
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
 * One result, from the template on the page: title, kind · date · city and
 * summary, every match marked, all in the entry's script. The excerpt's
 * place stays empty until `showExcerpt` fills it.
 */
export function renderResult(
  template: HTMLTemplateElement,
  head: ResultHead,
  terms: readonly (readonly string[])[],
  fold: Fold,
  kinds: Record<RecordKind, string>,
): HTMLLIElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

  const link = slot('title') as HTMLAnchorElement;
  link.href = head.url;
  link.lang = head.lang;
  appendSegments(link, highlight(head.title, terms, fold));

  slot('details').append(...details(head, kinds));

  const summary = slot('summary');
  summary.lang = head.lang;
  appendSegments(summary, highlight(head.summary, terms, fold));
  slot('excerpt').hidden = true;
  return item;
}

/** A line of the page's text around the first match, every match marked, under a result whose title and summary lack it. */
export function showExcerpt(
  item: HTMLLIElement,
  head: ResultHead,
  body: string,
  terms: readonly (readonly string[])[],
  fold: Fold,
): void {
  const context = excerpt(body, terms, fold);
  const element = item.querySelector<HTMLElement>('[data-slot="excerpt"]');
  if (!context || !element) return;
  element.lang = head.lang;
  appendSegments(element, context);
  element.hidden = false;
}

/** "你是不是要找:" and a link to each name's own page, in place of results: never mixed into them. */
export function renderSuggestions(container: HTMLElement, label: string, names: readonly SuggestedName[]): void {
  const lead = document.createElement('span');
  lead.textContent = label;
  const links = names.map((name) => {
    const link = document.createElement('a');
    link.href = name.url;
    link.textContent = name.title;
    return link;
  });
  container.replaceChildren(lead, ...links.flatMap((link, index) => (index > 0 ? ['、', link] : [link])));
}
