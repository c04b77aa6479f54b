// Marks beside the page: next to each numbered sub-question and each answer part, a small button
// with its status's icon and colour (status-bar.css), in the strip (layout.GUTTER) between the page and the panel,
// level with the first line of its text. They stand in their own shadow root on an overlay host
// over what the page shows (never in the page's DOM), clipped to it, so a mark never lies over the
// panel. A mark opens its row in the panel; hovering or focusing one lights its pair (the
// question's and the answer's) and the row.
//
// Where: the first client rect of the same Ranges the highlights use, all read in one batch and
// then all written (no read after a write, so one layout). Scrolling only moves the layer they
// stand on (a transform, in the next animation frame); a resize or a reflow of the page places
// them again.

import type { Item } from '../core/model';
import type { Translate } from '../panel/i18n';
import { adoptStyles } from '../panel/panel';
import { STATUS_MESSAGE } from '../panel/status';
import { h } from '../ui/dom';
import type { PanelSide } from '../ui/settings';
import type { ItemRanges } from './highlights';
import { GUTTER, type Area } from './layout';

export const MARKS_TAG = 'question-lens-marks';
const SIZE = 18;

const MARKS_CSS = `.layer{position:absolute;top:0;left:0;width:100%}
.mark{position:absolute;box-sizing:border-box;width:${SIZE}px;height:${SIZE}px;padding:0;display:flex;align-items:center;justify-content:center;
border-radius:50%;border:2px solid var(--status);background:var(--status);color:var(--status-on);pointer-events:auto;cursor:pointer;font:700 11px/1 system-ui,sans-serif}
.mark::before{content:var(--status-icon)/''}
.mark.answer{border-radius:4px;background:var(--bg);color:var(--status)}
.mark[hidden]{display:none}
.mark:hover{border-color:var(--status)}
.mark.lit{outline:2px solid var(--focus);outline-offset:1px}`;

export interface MarkActions {
  /** A mark was clicked: open the item's row. */
  open(item: Item): void;
  /** A mark is hovered or focused (null: no longer). */
  light(item: Item | null): void;
  /** A mark got the focus while out of view: bring its text into view. */
  reach(range: Range): void;
}

export interface PageMarks {
  /** Shows the marks over `area` (what the page shows), the gutter on the panel's `side`; the page
   * scrolls in `scroller` (null: the window). Places them again in the next animation frame (the
   * content script calls it on every resize). */
  place(area: Area, side: PanelSide, scroller: HTMLElement | null): void;
  hide(): void;
  /** Lights one item's marks (its row is hovered or focused in the panel); null: none. */
  light(item: Item | null): void;
  dispose(): void;
}

interface Mark {
  item: Item;
  range: Range;
  button: HTMLButtonElement;
  /** Its top in the layer, and the scroll it was measured at. */
  top: number;
}

export function pageMarks(doc: Document, ranges: ReadonlyMap<Item, ItemRanges>, t: Translate, actions: MarkActions): PageMarks {
  const win = doc.defaultView!;
  const host = doc.createElement(MARKS_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow);
  adoptStyles(shadow, MARKS_CSS);
  const layer = h(doc, 'div', { class: 'layer', role: 'group', 'aria-label': t('marksLabel') });
  shadow.append(layer);

  const marks: Mark[] = [];
  const add = (item: Item, range: Range | null, answer: boolean) => {
    if (!range) return;
    const name = t(answer ? 'markAnswer' : 'markQuestion', item.label, t(STATUS_MESSAGE[item.status]));
    const button = h(
      doc,
      'button',
      { type: 'button', class: `mark ${answer ? 'answer' : 'question'} status-${item.status}`, 'aria-label': name, title: name, 'data-label': item.label },
    );
    button.addEventListener('click', () => actions.open(item));
    button.addEventListener('pointerenter', () => lightFrom(item));
    button.addEventListener('pointerleave', () => lightFrom(null));
    button.addEventListener('focus', () => {
      lightFrom(item);
      const y = mark.top - scrollTop();
      if (y < 0 || y > area.height - SIZE) actions.reach(range);
    });
    button.addEventListener('blur', () => lightFrom(null));
    const mark: Mark = { item, range, button, top: 0 };
    marks.push(mark);
  };
  // Document order: every sub-question, then every answer part.
  for (const [item, [question]] of ranges) add(item, question, false);
  for (const [item, [, answer]] of ranges) add(item, answer, true);
  layer.append(...marks.map((m) => m.button));

  let area: Area = { left: 0, top: 0, width: 0, height: 0 };
  let side: PanelSide = 'right';
  let scroller: HTMLElement | null = null;
  let shown = false;
  let measuredAt = 0;
  const scrollTop = () => (scroller ? scroller.scrollTop : win.scrollY);

  const light = (item: Item | null) => {
    for (const m of marks) m.button.classList.toggle('lit', m.item === item);
  };
  const lightFrom = (item: Item | null) => {
    light(item);
    actions.light(item);
  };

  /** Reads every mark's line in one batch, then writes every position. */
  const measure = () => {
    if (!shown) return;
    const scrolled = scrollTop();
    const tops = marks.map((m) => {
      const rect = m.range.getClientRects()[0];
      return rect ? rect.top - area.top + scrolled + (rect.height - SIZE) / 2 : null;
    });
    measuredAt = scrolled;
    const left = side === 'left' ? (GUTTER - SIZE) / 2 : area.width - GUTTER + (GUTTER - SIZE) / 2;
    // In order down the page, a mark that would overlap the one above stands just below it.
    const order = marks.map((_, i) => i).filter((i) => tops[i] !== null).sort((a, b) => tops[a]! - tops[b]!);
    let floor = -Infinity;
    for (const m of marks) m.button.hidden = true;
    for (const i of order) {
      const m = marks[i]!;
      m.top = Math.max(tops[i]!, floor);
      floor = m.top + SIZE + 2;
      m.button.hidden = false;
      m.button.style.transform = `translate(${left}px,${m.top}px)`;
    }
    layer.style.transform = `translateY(${-measuredAt}px)`;
  };

  let frame = 0;
  let full = false;
  /** One update per animation frame: a scroll moves the layer, anything else measures again. */
  const schedule = (again: boolean) => {
    full ||= again;
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (full) measure();
      else layer.style.transform = `translateY(${-scrollTop()}px)`;
      full = false;
    });
  };
  const onScroll = () => schedule(false);
  // Not on paper.
  const printing = (on: boolean) => host.style.setProperty('display', on ? 'none' : 'block', 'important');
  const beforePrint = () => printing(true);
  const afterPrint = () => printing(false);
  // A reflow of the page (its width changed, an image came in) moves the lines: place them again.
  const reflow = typeof ResizeObserver === 'function' ? new ResizeObserver(() => schedule(true)) : null;
  let scrolling: EventTarget | null = null;
  const listen = (target: EventTarget | null) => {
    scrolling?.removeEventListener('scroll', onScroll);
    scrolling = target;
    scrolling?.addEventListener('scroll', onScroll, { passive: true });
  };

  return {
    place(next, nextSide, nextScroller) {
      area = next;
      side = nextSide;
      scroller = nextScroller;
      host.setAttribute(
        'style',
        `all:initial;position:fixed;z-index:2147483646;display:block;overflow:clip;pointer-events:none;left:${area.left}px;top:${area.top}px;width:${area.width}px;height:${area.height}px`,
      );
      if (!host.isConnected) doc.documentElement.append(host);
      if (!shown) {
        shown = true;
        if (doc.body) reflow?.observe(doc.body);
        win.addEventListener('beforeprint', beforePrint);
        win.addEventListener('afterprint', afterPrint);
      }
      listen(scroller ?? win);
      schedule(true);
    },
    hide() {
      if (!shown) return;
      shown = false;
      reflow?.disconnect();
      win.removeEventListener('beforeprint', beforePrint);
      win.removeEventListener('afterprint', afterPrint);
      listen(null);
      host.remove();
    },
    light,
    dispose() {
      this.hide();
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
