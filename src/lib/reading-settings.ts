/**
 * The two elderly-friendly (适老化) reading modes: each is an attribute on
 * `<html>` that global.css keys off, remembered in localStorage so it follows
 * the reader from page to page.
 */

export const STORAGE_KEY = 'jinguo:reading';

export const modes = {
  /** Larger type everywhere: every size in the stylesheet is in rem. */
  text: { attribute: 'data-text', value: 'large' },
  /** Light text on black, yellow accents. */
  contrast: { attribute: 'data-contrast', value: 'high' },
} as const;

export type Mode = keyof typeof modes;
export type ReadingSettings = Partial<Record<Mode, boolean>>;

export const modeNames = Object.keys(modes) as Mode[];

export function isMode(name: string | undefined): name is Mode {
  return name !== undefined && Object.hasOwn(modes, name);
}

/** Whatever is stored, from a page of any version: anything unknown is ignored. */
export function parseSettings(raw: string | null | undefined): ReadingSettings {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '{}');
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const settings: ReadingSettings = {};
  for (const mode of modeNames) {
    if ((value as Record<string, unknown>)[mode] === true) settings[mode] = true;
  }
  return settings;
}

export function serializeSettings(settings: ReadingSettings): string {
  return JSON.stringify(Object.fromEntries(modeNames.filter((mode) => settings[mode]).map((mode) => [mode, true])));
}

interface AttributeTarget {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
}

export function applySettings(root: AttributeTarget, settings: ReadingSettings): void {
  for (const mode of modeNames) {
    const { attribute, value } = modes[mode];
    if (settings[mode]) root.setAttribute(attribute, value);
    else root.removeAttribute(attribute);
  }
}

export function currentSettings(root: AttributeTarget): ReadingSettings {
  return Object.fromEntries(modeNames.map((mode) => [mode, root.hasAttribute(modes[mode].attribute)]));
}

/**
 * The inline script at the top of `<head>`: it runs before the first paint,
 * so a reader in large-text or high-contrast mode never sees the page flash
 * in the default look. Kept tiny and dependency-free; storage may throw
 * (private mode, disabled cookies), in which case the defaults stand.
 */
export function bootScript(): string {
  const sets = modeNames
    .map(
      (mode) =>
        `s.${mode}===true&&d.setAttribute(${JSON.stringify(modes[mode].attribute)},${JSON.stringify(modes[mode].value)})`,
    )
    .join(';');
  return `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}")||{},d=document.documentElement;${sets}}catch(e){}})();`;
}
