/**
 * Whether an entry is on the public site. One rule for the pages, the content
 * checker and the URL manifest, so that what is built and what is promised agree.
 */
export type PublicationState = 'draft' | 'scheduled' | 'withdrawn' | 'published';

export interface PublishingFields {
  draft?: boolean;
  date?: Date;
  withdrawn?: unknown;
}

export function publicationState(data: PublishingFields, now: Date = new Date()): PublicationState {
  if (data.draft) return 'draft';
  // A future date hides the item until a build after that moment, whether or not it is marked `scheduled`.
  if (data.date instanceof Date && data.date.getTime() > now.getTime()) return 'scheduled';
  if (data.withdrawn) return 'withdrawn';
  return 'published';
}

/** A production build has a page at the entry's URL: its content, or the notice that it was withdrawn. */
export function hasPage(state: PublicationState): boolean {
  return state === 'published' || state === 'withdrawn';
}

/** Shown in lists, on tag pages and in related items. */
export function isListed(state: PublicationState): boolean {
  return state === 'published';
}
