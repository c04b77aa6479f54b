// The DOM enters the engine here and only here: one pass over a root element yields the flat text
// of the page as a reader sees it (blocks and <br> become line breaks, whitespace collapsed,
// non-breaking spaces made plain) and a map from any offset of that text back to (Text node,
// offset), so whatever the engine finds can become a DOM Range.
//
// No layout is read (no getComputedStyle): block boundaries come from the element names, which is
// what keeps the pass cheap and makes it run the same in Node (linkedom) and in the browser.

import type { Span } from './model';

/** Minimal structural view of DOM nodes, so that any DOM implementation will do. */
interface DomNode {
  nodeType: number;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  localName: string;
  hasAttribute(name: string): boolean;
}
interface DomText extends DomNode {
  data: string;
}

export interface DomPoint<N = unknown> {
  node: N;
  offset: number;
}

export interface FlatText<N = unknown> {
  text: string;
  /** The DOM point of a flat-text offset. `bias` decides where an offset that falls on a line break
   * the flattening inserted (or at a node boundary) lands: 'forward' on the start of the next
   * text, 'backward' on the end of the previous one. */
  toDom(offset: number, bias?: 'forward' | 'backward'): DomPoint<N> | null;
  /** Number of text nodes read, for diagnostics and benchmarks. */
  textNodeCount: number;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

// Elements whose content a reader never sees as page text.
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'svg', 'math', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'audio',
  'video', 'map',
]);

// Blocks that separate paragraphs: a blank line before and after.
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'hr',
  'form', 'fieldset', 'figure', 'address',
]);

// Blocks that start a new line.
const LINE = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside',
  'center', 'caption', 'tbody', 'thead', 'tfoot', 'body', 'html', 'figcaption', 'legend', 'details',
  'summary', 'font-block',
]);

// Table cells sit side by side: a tab between them.
const CELL = new Set(['td', 'th']);

// Whitespace (\s covers no-break, figure and narrow spaces) and characters that take no room
// (zero-width, word joiner, BOM, soft hyphen): a word is a run of anything else.
const WORD = /[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+/g;
const NOT_INVISIBLE = /[^\u200b\u200c\u200d\u2060\ufeff\u00ad]/;

export function flatten<N = unknown>(root: unknown): FlatText<N> {
  const out: string[] = [];
  let length = 0;
  // Runs of flat text copied one-to-one from a text node: flat[runStart[i] .. +runLength[i]) ==
  // node.data[runNodeOffset[i] .. +runLength[i]).
  const runStart: number[] = [];
  const runLength: number[] = [];
  const runNodeOffset: number[] = [];
  const runNode: DomText[] = [];

  let lastChar = '\n'; // as if the text began after a line break: no leading whitespace
  let pendingSpace = false;
  let blankLines = 2; // line breaks already at the end of the text (capped at 2)
  let textNodeCount = 0;

  const emit = (s: string) => {
    out.push(s);
    length += s.length;
    lastChar = s[s.length - 1]!;
  };

  const breakLine = (wanted: 1 | 2) => {
    pendingSpace = false;
    if (length === 0) return;
    while (blankLines < wanted) {
      emit('\n');
      blankLines++;
    }
  };

  const cellBreak = () => {
    if (length === 0 || lastChar === '\n' || lastChar === '\t') return;
    pendingSpace = false;
    emit('\t');
  };

  // One step per word, not per character: the reading of every text node is most of the pass.
  const readText = (node: DomText) => {
    textNodeCount++;
    const data = node.data;
    let gapStart = 0;
    let sawWord = false;
    const gap = (from: number, to: number) => {
      // Whitespace collapses into one pending space; invisible characters vanish (and split runs,
      // which a gap does anyway).
      if (from < to && NOT_INVISIBLE.test(data.slice(from, to)) && lastChar !== '\n' && lastChar !== '\t') pendingSpace = true;
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      const i = m.index;
      const word = m[0];
      gap(gapStart, i);
      if (pendingSpace) {
        // The collapsed space stands for the whitespace just before this word.
        runStart.push(length);
        runLength.push(1);
        runNodeOffset.push(i > 0 ? i - 1 : 0);
        runNode.push(node);
        emit(' ');
        pendingSpace = false;
      }
      runStart.push(length);
      runLength.push(word.length);
      runNodeOffset.push(i);
      runNode.push(node);
      emit(word);
      sawWord = true;
      gapStart = i + word.length;
    }
    gap(gapStart, data.length);
    if (sawWord) blankLines = 0;
  };

  const enter = (el: DomElement): boolean => {
    const name = el.localName;
    if (SKIPPED.has(name) || el.hasAttribute('hidden')) return false;
    if (name === 'br') {
      pendingSpace = false;
      emit('\n');
      blankLines = Math.min(2, blankLines + 1);
      return false;
    }
    if (PARAGRAPH.has(name)) breakLine(2);
    else if (LINE.has(name)) breakLine(1);
    else if (CELL.has(name)) cellBreak();
    return true;
  };

  const leave = (el: DomElement) => {
    const name = el.localName;
    if (PARAGRAPH.has(name)) breakLine(2);
    else if (LINE.has(name)) breakLine(1);
  };

  const start = root as DomNode;
  let node: DomNode | null = start.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT || node.nodeType === CDATA) readText(node as DomText);
    else if (node.nodeType === ELEMENT) descend = enter(node as DomElement) && node.firstChild !== null;

    if (descend) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === ELEMENT && (node as DomElement).localName !== 'br') {
      // A childless element that was entered is left at once.
      if (!SKIPPED.has((node as DomElement).localName)) leave(node as DomElement);
    }
    while (node && node !== start && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== start && node.nodeType === ELEMENT) leave(node as DomElement);
    }
    node = node && node !== start ? node.nextSibling : null;
  }

  let text = out.join('');
  // Trailing line breaks carry nothing. trimEnd, not /\s+$/: the regex retries from every blank of
  // every run inside the text (runs of <br> make long ones), which is quadratic.
  text = text.trimEnd();

  const toDom = (offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint<N> | null => {
    if (runStart.length === 0) return null;
    // Last run starting at or before offset.
    let lo = 0;
    let hi = runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runStart[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    let i = lo;
    if (runStart[i]! > offset) {
      // Before the first run.
      return { node: runNode[0] as unknown as N, offset: runNodeOffset[0]! };
    }
    const inside = offset - runStart[i]!;
    if (inside < runLength[i]! || (inside === runLength[i]! && bias === 'backward')) {
      return { node: runNode[i] as unknown as N, offset: runNodeOffset[i]! + inside };
    }
    // Past the end of run i: a synthetic character or the gap before the next run.
    if (bias === 'backward' || i + 1 >= runStart.length) {
      return { node: runNode[i] as unknown as N, offset: runNodeOffset[i]! + runLength[i]! };
    }
    i++;
    return { node: runNode[i] as unknown as N, offset: runNodeOffset[i]! };
  };

  return { text, toDom, textNodeCount };
}

/** The text of a span, trimmed, with the span shrunk to match. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
