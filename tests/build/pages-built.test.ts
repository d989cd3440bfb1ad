import { describe, expect, it, vi } from 'vitest';
import { PAGES_BUILT, pagesBuilt } from '../../src/build/pages-built.ts';

type Hook = () => Promise<void>;

describe('pagesBuilt', () => {
  it('tells the parent process, once the pages are written, that they are, and waits until it is sent', async () => {
    const send = vi.fn((_message: unknown, _handle: unknown, _options: unknown, sent: () => void) => {
      setTimeout(sent, 5);
      return true;
    });
    const original = process.send;
    process.send = send as unknown as typeof process.send;
    let done = false;
    try {
      const hook = (pagesBuilt().hooks['astro:build:done'] as Hook)().then(() => (done = true));
      // Not done while the message is still being written.
      for (let tick = 0; tick < 3; tick++) await Promise.resolve();
      expect(done).toBe(false);
      await hook;
    } finally {
      process.send = original;
    }
    expect(send).toHaveBeenCalledWith(PAGES_BUILT, undefined, {}, expect.any(Function));
    expect(done).toBe(true);
  });

  it('does nothing when no parent listens', async () => {
    const original = process.send;
    process.send = undefined;
    try {
      await expect((pagesBuilt().hooks['astro:build:done'] as Hook)()).resolves.toBeUndefined();
    } finally {
      process.send = original;
    }
  });
});
