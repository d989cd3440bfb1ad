import { describe, expect, it } from 'vitest';
import {
  applySettings,
  bootScript,
  currentSettings,
  isMode,
  parseSettings,
  serializeSettings,
  STORAGE_KEY,
} from '../../src/lib/reading-settings.ts';

/** Just enough of an element to hold attributes. */
function fakeRoot(initial: Record<string, string> = {}) {
  const attributes = new Map(Object.entries(initial));
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
    hasAttribute: (name: string) => attributes.has(name),
  };
}

function fakeStorage(value: string | null, throws = false) {
  return {
    getItem: (key: string) => {
      if (throws) throw new Error('SecurityError');
      return key === STORAGE_KEY ? value : null;
    },
  };
}

/** Runs the inline head script against a stand-in document and storage. */
function boot(stored: string | null, throws = false) {
  const root = fakeRoot();
  new Function('localStorage', 'document', bootScript())(fakeStorage(stored, throws), { documentElement: root });
  return Object.fromEntries(root.attributes);
}

describe('parseSettings / serializeSettings', () => {
  it('round-trips the two modes', () => {
    const settings = { text: true, contrast: true };
    expect(parseSettings(serializeSettings(settings))).toEqual(settings);
    expect(serializeSettings({ text: true, contrast: false })).toBe('{"text":true}');
  });

  it('treats missing, broken or foreign values as no settings', () => {
    expect(parseSettings(null)).toEqual({});
    expect(parseSettings('{not json')).toEqual({});
    expect(parseSettings('"large"')).toEqual({});
    expect(parseSettings('null')).toEqual({});
    expect(parseSettings('{"text":"yes","contrast":true,"zoom":true}')).toEqual({ contrast: true });
  });

  it('knows its own mode names only', () => {
    expect(isMode('text')).toBe(true);
    expect(isMode('contrast')).toBe(true);
    expect(isMode('toString')).toBe(false);
    expect(isMode(undefined)).toBe(false);
  });
});

describe('applySettings / currentSettings', () => {
  it('sets the attribute of each mode that is on and removes the others', () => {
    const root = fakeRoot({ 'data-contrast': 'high', lang: 'zh-Hans' });
    applySettings(root, { text: true });
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-text': 'large', lang: 'zh-Hans' });
    expect(currentSettings(root)).toEqual({ text: true, contrast: false });
  });
});

describe('bootScript', () => {
  it('applies stored modes to <html> before anything else runs', () => {
    expect(boot('{"text":true,"contrast":true}')).toEqual({ 'data-text': 'large', 'data-contrast': 'high' });
    expect(boot('{"contrast":true}')).toEqual({ 'data-contrast': 'high' });
    expect(boot(null)).toEqual({});
  });

  it('leaves the page as it is when storage is unusable or holds junk', () => {
    expect(boot('{"text":true}', true)).toEqual({});
    expect(boot('{oops')).toEqual({});
    expect(boot('null')).toEqual({});
    expect(boot('{"text":"large"}')).toEqual({});
  });

  it('stays small enough to inline in every page', () => {
    expect(bootScript().length).toBeLessThan(400);
  });
});
