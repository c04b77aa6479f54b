// The end of a fetch, told once on standard error: how many pages were saved, were there already,
// do not exist, failed (the first few named with their reason), and what an interruption left.

export interface FetchTally {
  saved: number;
  alreadySaved: number;
  /** Ids of numbers in the range that the Senate answered 404 (or 410) for. */
  notExisting: Set<string>;
  failures: Array<{ page: string; reason: string }>;
  /** Saved pages that do not read as written questions. */
  notQuestions: string[];
  /** Pages an interruption left unfetched (never started, or abandoned in flight). */
  notFetched: number;
  interrupted: boolean;
}

export function emptyTally(): FetchTally {
  return { saved: 0, alreadySaved: 0, notExisting: new Set(), failures: [], notQuestions: [], notFetched: 0, interrupted: false };
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
  if (tally.notQuestions.length > 0) {
    const n = tally.notQuestions.length;
    const named = tally.notQuestions.slice(0, NAMED_AT_MOST).join(', ') + (n > NAMED_AT_MOST ? ', ...' : '');
    lines.push(`${PREFIX} ${n} saved ${n === 1 ? 'page is' : 'pages are'} not a written question: ${named}`);
  }
  if (tally.interrupted) {
    lines.push(`${PREFIX} interrupted, ${tally.notFetched} ${tally.notFetched === 1 ? 'page' : 'pages'} not fetched: run the same command again to resume`);
  }
  return lines;
}
