// Started by the entry as soon as its checks say "a question page", while the engine and the panel
// load: the two storage reads the panel waits for (its state and the reader's settings), on the
// browser's own namespace, in a few bytes, since this module is loaded on every Senate page. The
// keys are the controller's and ui/settings.ts's (test/content/early.test.ts holds them equal).

export const STATE_KEY = 'ql.panel';
export const SETTINGS_KEY = 'ql.settings';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
}
type Api = { runtime?: unknown; storage?: { local?: Area; sync?: Area } };

const read = (area: Area | undefined, key: string): Promise<unknown> =>
  area ? area.get(key).then((got) => got?.[key], () => undefined) : Promise.resolve(undefined);

/** [the panel's stored state, the stored settings], raw; undefined for what cannot be read. */
export function readEarly(): Promise<[unknown, unknown]> {
  try {
    const g = globalThis as { browser?: Api; chrome?: Api };
    const storage = (g.browser?.runtime ? g.browser : g.chrome)?.storage;
    return Promise.all([read(storage?.local, STATE_KEY), read(storage?.sync, SETTINGS_KEY)]);
  } catch {
    return Promise.resolve([undefined, undefined]);
  }
}
