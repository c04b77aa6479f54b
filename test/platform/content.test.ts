// platform/content.ts on the browser's own namespace, mocked: Chromium's `chrome` (promises for
// storage and sendMessage, replies only through sendResponse), Firefox's `browser` preferred when
// present, and an orphaned script (no runtime id) that must not throw.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionAlive, onMessage, runtimeId, sendToBackground, storageGet, syncGet } from '../../src/platform/content';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

function fakeNamespace(id: string | undefined) {
  const listeners: Listener[] = [];
  const local = new Map<string, unknown>([['ql.panel', { open: false, width: 420 }]]);
  return {
    listeners,
    api: {
      runtime: {
        id,
        sendMessage: vi.fn(async () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }),
        onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1) },
      },
      storage: {
        local: { get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}), set: async () => {} },
        sync: { get: async () => ({ 'ql.settings': { side: 'left' } }), set: async () => {} },
        onChanged: { addListener: () => {}, removeListener: () => {} },
      },
    },
  };
}

const g = globalThis as { chrome?: unknown; browser?: unknown };

afterEach(() => {
  delete g.chrome;
  delete g.browser;
});

describe('platform/content on the native namespace', () => {
  it('reads storage through chrome.* promises, with the fallback for an absent key', async () => {
    g.chrome = fakeNamespace('abcdefghijklmnop').api;
    expect(await storageGet('ql.panel', null)).toEqual({ open: false, width: 420 });
    expect(await storageGet('ql.absent', 'fallback')).toBe('fallback');
    expect(await syncGet('ql.settings')).toEqual({ side: 'left' });
    expect(runtimeId()).toBe('abcdefghijklmnop');
    expect(extensionAlive()).toBe(true);
  });

  it('prefers Firefox’s browser namespace when both are there', () => {
    g.chrome = fakeNamespace('chrome-id').api;
    g.browser = fakeNamespace('firefox-id').api;
    expect(runtimeId()).toBe('firefox-id');
  });

  it('answers a message through sendResponse and keeps the channel open; leaves others’ messages alone', async () => {
    const ns = fakeNamespace('abcdefghijklmnop');
    g.chrome = ns.api;
    const stop = onMessage((message) => ((message as { type?: string }).type === 'ql:toggle' ? Promise.resolve({ open: true }) : undefined));
    expect(ns.listeners).toHaveLength(1);
    const sendResponse = vi.fn();
    const sender = { id: 'abcdefghijklmnop', tab: { id: 3, url: 'https://www.senate.be/x' }, frameId: 0 };
    expect(ns.listeners[0]!({ type: 'ql:toggle' }, sender, sendResponse)).toBe(true);
    await Promise.resolve();
    expect(sendResponse).toHaveBeenCalledWith({ open: true });
    expect(ns.listeners[0]!({ type: 'something-else' }, sender, vi.fn())).toBe(false);
    stop();
    expect(ns.listeners).toHaveLength(0);
  });

  it('resolves undefined when nobody listens, and does not throw in an orphaned script', async () => {
    g.chrome = fakeNamespace('abcdefghijklmnop').api;
    expect(await sendToBackground({ type: 'ql:status', attention: 1, total: 3 })).toBeUndefined();
    g.chrome = fakeNamespace(undefined).api;
    expect(runtimeId()).toBeNull();
    expect(extensionAlive()).toBe(false);
    delete g.chrome;
    expect(await storageGet('ql.panel', 'fallback')).toBe('fallback');
    expect(onMessage(() => undefined)).toBeTypeOf('function');
  });
});
