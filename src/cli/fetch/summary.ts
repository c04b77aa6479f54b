// The end of a fetch, told once on standard error: how many pages were saved, were there already,
// do not exist, failed (the first few named with their reason), which saved pages are not the
// question asked for, and what an interruption left.

export interface FetchTally {
  saved: number;
  alreadySaved: number;
  /** Ids of numbers in the range that the Senate answered 404 (or 410) for. */
  notExisting: Set<string>;
  failures: Array<{ page: string; reason: string }>;
  /** Saved pages that are not the question asked for, and what they are instead. */
  oddPages: Array<{ page: string; is: string }>;
  /** Pages an interruption left unfetched (never started, or abandoned in flight). */
  notFetched: number;
  interrupted: boolean;
}

export function emptyTally(): FetchTally {
  return { saved: 0, alreadySaved: 0, notExisting: new Set(), failures: [], oddPages: [], notFetched: 0, interrupted: false };
}

/** How many failures (and odd pages) are named one by one; the rest are counted. */
export const NAMED_AT_MOST = 5;

const PREFIX = 'question-lens: fetch:';

export function summaryLines(tally: FetchTally): string[] {
  const missing = tally.notExisting.size;
  const lines = [
    `${PREFIX} ${tally.saved} saved, ${tally.alreadySaved} already saved, ` +
      `${missing} ${missing === 1 ? 'number does' : 'numbers do'} not exist, ${tally.failures.length} failed`,
  ];
  for (const failure of tally.failures.slice(0, NAMED_AT_MOST)) lines.push(`${PREFIX} ${failure.page} failed: ${failure.reason}`);
  if (tally.failures.length > NAMED_AT_MOST) lines.push(`${PREFIX} ... and ${tally.failures.length - NAMED_AT_MOST} more failed`);
  if (tally.oddPages.length > 0) {
    const n = tally.oddPages.length;
    const named = tally.oddPages.slice(0, NAMED_AT_MOST).map((odd) => `${odd.page} (${odd.is})`);
    if (n > NAMED_AT_MOST) named.push('...');
    lines.push(`${PREFIX} ${n} saved ${n === 1 ? 'page is' : 'pages are'} not the question asked for: ${named.join(', ')}`);
  }
  if (tally.interrupted) {
    lines.push(`${PREFIX} interrupted, ${tally.notFetched} ${tally.notFetched === 1 ? 'page' : 'pages'} not fetched: run the same command again to resume`);
  }
  return lines;
}
