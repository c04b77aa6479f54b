// Requests per tab, at most `limit` at a time (two: a reader's page may cite ten questions, and the
// Senate is a public service, not a CDN). A tab that navigates or closes cancels what it asked for:
// queued requests never start, running ones are aborted.

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Waiting {
  start: () => void;
  cancel: () => void;
}

interface TabLine {
  running: number;
  waiting: Waiting[];
  controller: AbortController;
}

export class TabQueues {
  private readonly tabs = new Map<number, TabLine>();
  /** The most requests running at once for one tab, ever: the tests read it. */
  peak = 0;

  constructor(private readonly limit = 2) {}

  /** Runs `task` when one of the tab's slots is free; it gets the tab's abort signal. */
  run<T>(tabId: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const line = this.line(tabId);
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        line.running++;
        this.peak = Math.max(this.peak, line.running);
        task(line.controller.signal)
          .then(resolve, reject)
          .finally(() => {
            line.running--;
            line.waiting.shift()?.start();
            if (line.running === 0 && line.waiting.length === 0 && this.tabs.get(tabId) === line) this.tabs.delete(tabId);
          });
      };
      if (line.controller.signal.aborted) reject(new CancelledError());
      else if (line.running < this.limit) start();
      else line.waiting.push({ start, cancel: () => reject(new CancelledError()) });
    });
  }

  /** Everything of the tab stops: queued ones are rejected, running ones see their signal abort. */
  cancel(tabId: number): void {
    const line = this.tabs.get(tabId);
    if (!line) return;
    this.tabs.delete(tabId);
    line.controller.abort();
    for (const w of line.waiting.splice(0)) w.cancel();
  }

  /** Requests running or waiting for a tab. */
  pending(tabId: number): number {
    const line = this.tabs.get(tabId);
    return line ? line.running + line.waiting.length : 0;
  }

  private line(tabId: number): TabLine {
    let line = this.tabs.get(tabId);
    if (!line) {
      line = { running: 0, waiting: [], controller: new AbortController() };
      this.tabs.set(tabId, line);
    }
    return line;
  }
}
