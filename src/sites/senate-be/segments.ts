// The flat text cut into what a reader sees as separate pieces: lines, and the table cells of a
// line (flattening puts a tab between cells). Offsets stay those of the flat text.

import { SITE_CHROME_LINES } from './labels';

export interface Segment {
  /** Trimmed text of the cell. */
  text: string;
  start: number;
  end: number;
  line: number;
  cell: number;
  /** Number of cells on this segment's line. */
  cells: number;
}

export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  let line = 0;
  // The next tab at or after the cell being read, found once and kept: searching afresh from every
  // line would scan to the end of the text each time on a page with no tab left (quadratic).
  let nextTab = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const lineSegments: Segment[] = [];
    let cellStart = lineStart;
    let cell = 0;
    while (cellStart <= lineEnd) {
      if (nextTab !== Infinity && nextTab < cellStart) {
        nextTab = text.indexOf('\t', cellStart);
        if (nextTab < 0) nextTab = Infinity;
      }
      let cellEnd = nextTab;
      if (cellEnd < 0 || cellEnd > lineEnd) cellEnd = lineEnd;
      const raw = text.slice(cellStart, cellEnd);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        lineSegments.push({ text: trimmed, start: cellStart + lead, end: cellStart + lead + trimmed.length, line, cell, cells: 0 });
      }
      cell++;
      cellStart = cellEnd + 1;
    }
    for (const s of lineSegments) s.cells = cell;
    segments.push(...lineSegments);
    line++;
    lineStart = lineEnd + 1;
  }
  return segments;
}

/** A rule drawn with characters ("______", "-----"): the print version separates sections so. */
export function isRule(text: string): boolean {
  return /^[_\-=–—\s]{5,}$/.test(text) && /[_\-=–—]{5,}/.test(text);
}

const CHROME = new Set(SITE_CHROME_LINES.map((s) => s.toLowerCase()));

/** A line made only of the site's menu or footer words ("Contact | Plan du site", "© Sénat"). */
export function isSiteChrome(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (/^(?:©|\(c\)|copyright)/i.test(trimmed)) return true;
  const pieces = trimmed.split(/\s*[|\t•·]\s*/).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => CHROME.has(p.toLowerCase()));
}
