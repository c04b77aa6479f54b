// Performance marks for the benchmark (scripts/bench.ts reads them with
// performance.getEntriesByType('measure')). A mark is a timestamp in the page's own timeline: it
// costs nothing measurable and stays out of the console. Never throws into the page.

/** Mark names; the measures are named after the phase they close (ql:flatten, ql:analyse, …). */
export const MARK = {
  /** The loader was injected: document_idle as the extension sees it. */
  idle: 'ql:idle',
  /** URL or heading check said no: the only mark a non-question page gets. */
  skip: 'ql:skip',
  /** URL and heading said yes: the engine and the panel are being loaded. */
  question: 'ql:question',
  start: 'ql:start',
  flattened: 'ql:flattened',
  analysed: 'ql:analysed',
  /** The stored state and settings and the panel's catalog are in hand. */
  ready: 'ql:ready',
  renderStart: 'ql:render-start',
  rendered: 'ql:rendered',
  shown: 'ql:shown',
  /** Highlights and meta tags, after the first paint. */
  decorateStart: 'ql:decorate-start',
  decorated: 'ql:decorated',
} as const;

type MarkName = (typeof MARK)[keyof typeof MARK];

export function mark(name: MarkName, startTime?: number): void {
  try {
    performance.mark(name, startTime === undefined ? undefined : { startTime });
  } catch {
    // No user timing here: the benchmark simply sees nothing.
  }
}

function measure(name: string, from: MarkName, to: MarkName): void {
  try {
    if (performance.getEntriesByName(from, 'mark').length && performance.getEntriesByName(to, 'mark').length) performance.measure(name, from, to);
  } catch {
    // As above.
  }
}

/** Once the panel is painted: the phases as measures. */
export function measurePhases(): void {
  measure('ql:entry', MARK.idle, MARK.question);
  measure('ql:load', MARK.question, MARK.start);
  measure('ql:flatten', MARK.start, MARK.flattened);
  measure('ql:analyse', MARK.start, MARK.analysed);
  measure('ql:wait', MARK.analysed, MARK.ready);
  measure('ql:render', MARK.renderStart, MARK.rendered);
  measure('ql:paint', MARK.rendered, MARK.shown);
  measure('ql:visible', MARK.idle, MARK.shown);
  measure('ql:analysis-to-visible', MARK.analysed, MARK.shown);
}

/** Once the highlights and meta tags are in: their cost, and how long after the first paint. */
export function measureDecoration(): void {
  measure('ql:decorate', MARK.decorateStart, MARK.decorated);
}

/** Calls back after the next frame is painted (a task queued from requestAnimationFrame runs after
 * that frame's paint). */
export function afterNextPaint(win: Window, done: () => void): void {
  win.requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}
