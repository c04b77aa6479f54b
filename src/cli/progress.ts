// Progress of a long command (fetch, audit): a bar with counts, rate and time left on a terminal
// (cli-progress draws it), and on anything else — a pipe, a log file, CI — a plain line now and
// then, so a log never fills with carriage returns.

import cliProgress from 'cli-progress';

export interface Progress {
  /** Counts `n` more done (default 1); `note` says what the last one was ("7-1649-fr"). */
  tick(n?: number, note?: string): void;
  /** The total became known or changed. */
  setTotal(total: number): void;
  /** Ends the bar (the final line stays on the terminal). */
  stop(): void;
}

export interface ProgressOptions {
  /** What is being counted, shown before the counts: "fetch", "audit". */
  label: string;
  total: number;
  /** Where the bar goes; standard error, so standard output stays the command's result. */
  stream?: NodeJS.WriteStream;
  /** Force plain lines (tests) or a bar; default: a bar when the stream is a terminal. */
  mode?: 'bar' | 'lines' | 'off';
  /** Plain lines: one every this many ticks at most (default: about every tenth of the total). */
  every?: number;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const mode = options.mode ?? (stream.isTTY ? 'bar' : 'lines');
  if (mode === 'off') return { tick() {}, setTotal() {}, stop() {} };
  if (mode === 'bar') return barProgress(options, stream);
  return lineProgress(options, stream);
}

function barProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} [{bar}] {value}/{total} · {rate}/s · {eta_formatted} left · {note}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(options.total, 0, { rate: '0.0', note: '' });
  return {
    tick(n = 1, note = '') {
      done += n;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1), note });
    },
    setTotal(total) {
      bar.setTotal(total);
    },
    stop() {
      bar.stop();
    },
  };
}

function lineProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  let total = options.total;
  let done = 0;
  let lastShown = 0;
  const started = Date.now();
  const step = () => options.every ?? Math.max(1, Math.ceil(total / 10));
  const line = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = done / seconds;
    const left = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
    stream.write(`${options.label}: ${done}/${total} (${rate.toFixed(1)}/s, ${left} s left)\n`);
    lastShown = done;
  };
  return {
    tick(n = 1) {
      done += n;
      if (done - lastShown >= step() || done === total) line();
    },
    setTotal(value) {
      total = value;
    },
    stop() {
      if (done !== lastShown) line();
    },
  };
}
