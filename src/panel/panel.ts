// The panel's frame: a toolbar, the sections it is given (feature modules, context.ts) in a
// scrolling body, the resize handle, and the edge tab that stays when the panel is closed. It stands
// beside the page or as a bottom sheet, as the content script says (setMode); the frame only draws
// the handle for it. It shows and reports; moving the page, highlighting and copying are the
// content script's, through the context's page actions.

import { h } from '../ui/dom';
import type { PanelSide } from '../ui/settings';
import { panelEvents, type PanelContext, type PanelSection } from './context';
import css from './panel.css?inline';

export type PanelMode = 'side' | 'sheet';

/** What the content script gives every section (the panel adds its events, live region and form). */
export type PanelBase = Omit<PanelContext, 'events' | 'announce' | 'confirmCopy' | 'form'>;

export interface PanelFrame {
  side: PanelSide;
  /** The size the reader asks for with the handle (a width beside the page, a height as a sheet);
   * the content script clamps it and answers with setMode. */
  resize(mode: PanelMode, size: number): void;
  /** × or Escape: this page's panel closes to its edge tab. */
  close(): void;
  /** The edge tab: the panel opens again. */
  reopen(): void;
}

export interface PanelView {
  root: HTMLElement;
  /** How the panel stands, its size and the bounds of the handle, in pixels. */
  setMode(mode: PanelMode, size: number, min: number, max: number): void;
  /** Open, or closed to the edge tab. */
  setOpen(open: boolean): void;
  /** Opens one item's row (a mark in the page was clicked) and moves the focus there. */
  reveal(label: string): void;
  /** Lights one item's row (its mark in the page is hovered or focused); null: none. */
  light(label: string | null): void;
  focus(): void;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function adoptStyles(shadow: ShadowRoot, text: string = css): void {
  const doc = shadow.ownerDocument;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // Browsers without constructable sheets: a style element inside the shadow root does the same.
    const style = doc.createElement('style');
    style.textContent = text;
    shadow.append(style);
  }
}

export function mountPanel(shadow: ShadowRoot, base: PanelBase, sections: readonly PanelSection[], frame: PanelFrame): PanelView {
  const { doc, t, language } = base;
  const win = doc.defaultView!;
  adoptStyles(shadow);

  const live = h(doc, 'p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  const ctx: PanelContext = {
    ...base,
    events: panelEvents(),
    form: base.settings.citationForm,
    announce: (message) => {
      live.textContent = message;
    },
    confirmCopy: (button, done) => void confirmCopy(button, done),
  };

  const close = h(doc, 'button', { type: 'button', class: 'icon close', 'aria-label': t('close'), title: t('close') }, '✕');
  close.addEventListener('click', () => frame.close());
  const edgeTab = h(doc, 'button', { type: 'button', class: `edge-tab side-${frame.side}`, 'aria-label': t('expand'), title: t('expand'), hidden: true }, 'Q');
  edgeTab.addEventListener('click', () => frame.reopen());

  const toolbar = h(doc, 'div', { class: 'toolbar' }, h(doc, 'span', { class: 'brand' }, t('extName')), h(doc, 'span', { class: 'spacer' }), close);
  const body = h(doc, 'div', { class: 'body' });
  for (const section of sections) {
    if (section.setting && !base.settings[section.setting]) continue;
    const el = section.render(ctx);
    if (el) {
      el.dataset.section = section.id;
      body.append(el);
    }
  }

  const handle = h(doc, 'div', { class: 'resize', role: 'separator', tabindex: 0 });
  const root = h(
    doc,
    'section',
    { class: `panel side-${frame.side} mode-side`, role: 'complementary', 'aria-label': t('panelLabel'), lang: language },
    handle,
    h(doc, 'div', { class: 'main' }, toolbar, body),
    live,
  );
  shadow.append(root, edgeTab);

  // ---- size ----
  let mode: PanelMode = 'side';
  let size = 0;
  const setMode = (next: PanelMode, px: number, min: number, max: number) => {
    mode = next;
    size = px;
    root.classList.toggle('mode-side', mode === 'side');
    root.classList.toggle('mode-sheet', mode === 'sheet');
    handle.setAttribute('aria-orientation', mode === 'side' ? 'vertical' : 'horizontal');
    handle.setAttribute('aria-label', t(mode === 'side' ? 'resize' : 'resizeSheet'));
    handle.setAttribute('aria-valuemin', String(Math.round(min)));
    handle.setAttribute('aria-valuemax', String(Math.round(max)));
    handle.setAttribute('aria-valuenow', String(Math.round(px)));
  };
  const wanted = (e: PointerEvent) =>
    mode === 'sheet' ? win.innerHeight - e.clientY : frame.side === 'left' ? e.clientX : win.innerWidth - e.clientX;
  handle.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    const move = (e: PointerEvent) => frame.resize(mode, wanted(e));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (e) => {
    // The arrow pointing away from the page's edge makes the panel bigger.
    const step = e.shiftKey ? 64 : 16;
    const bigger = mode === 'sheet' ? 'ArrowUp' : frame.side === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const smaller = mode === 'sheet' ? 'ArrowDown' : frame.side === 'left' ? 'ArrowLeft' : 'ArrowRight';
    if (e.key === bigger) frame.resize(mode, size + step);
    else if (e.key === smaller) frame.resize(mode, size - step);
    else return;
    e.preventDefault();
  });

  // ---- keyboard ----
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    frame.close();
  });
  // The page's own shortcuts must not fire while the reader types in the panel.
  for (const type of ISOLATED_EVENTS) shadow.host.addEventListener(type, (e) => e.stopPropagation());

  async function confirmCopy(button: HTMLButtonElement, done: Promise<boolean>) {
    const ok = await done.catch(() => false);
    const message = ok ? t('copied') : t('copyFailed');
    live.textContent = message;
    const original = button.textContent;
    button.textContent = `${ok ? '✓ ' : ''}${message}`;
    button.classList.add(ok ? 'copied' : 'copy-failed');
    win.setTimeout(() => {
      button.textContent = original;
      button.classList.remove('copied', 'copy-failed');
    }, 1600);
  }

  const firstRow = () => root.querySelector<HTMLElement>('.item:not([hidden]) .row') ?? close;
  return {
    root,
    setMode,
    setOpen(open) {
      const wasOpen = !root.hidden;
      root.hidden = !open;
      edgeTab.hidden = open;
      // The focus follows the reader's own gesture: into the panel when opened, to the tab when closed.
      if (open !== wasOpen && shadow.activeElement) (open ? firstRow() : edgeTab).focus({ preventScroll: true });
    },
    reveal: (label) => ctx.events.emit('reveal', label),
    light: (label) => ctx.events.emit('light', label),
    focus: () => (root.hidden ? edgeTab : firstRow()).focus({ preventScroll: true }),
  };
}
