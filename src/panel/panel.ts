// The side panel: head, summary, cards, copy controls; mounted into a shadow root with its styles
// adopted there. It shows and reports; moving the page, highlighting and copying are the content
// script's, through the callbacks.

import { PAGE_INCOMPLETE, type Analysis, type Item, type Language } from '../core/model';
import type { CustomTemplate, FormId, PanelSide } from '../options/settings';
import { citationFormChoices } from './forms';
import { h } from './dom';
import { renderCard } from './card';
import { renderHead } from './head';
import type { Translate } from './i18n';
import { needsAttention } from './status';
import { renderSummary } from './summary';
import css from './panel.css?inline';

export const MIN_WIDTH = 280;
export const MAX_WIDTH_FRACTION = 0.6;

export interface PanelOptions {
  analysis: Analysis;
  language: Language;
  /** The panel's strings in `language` (i18n.loadTranslator). */
  translate: Translate;
  today: string;
  width: number;
  /** Overlay mode (narrow window): the panel may collapse to a tab at the edge. */
  collapsible: boolean;
  /** The edge the panel stands at (default right): the resize handle is on the other side. */
  side?: PanelSide;
  /** The form selected at first (default: the Senate's wording). */
  form?: FormId;
  /** The reader's own templates, offered after the built-in forms. */
  templates?: readonly Pick<CustomTemplate, 'id' | 'name'>[];
  show(item: Item, target: 'question' | 'answer' | 'both'): void;
  /** The address of a written question an answer points to, when the page's site can build it. */
  questionLink?(questionId: string): string | null;
  copyQuestion(form: FormId): Promise<boolean>;
  copyItem(item: Item, form: FormId): Promise<boolean>;
  close(): void;
  collapsedChanged(collapsed: boolean): void;
  resized(width: number): void;
}

export interface PanelView {
  root: HTMLElement;
  setCollapsible(collapsible: boolean): void;
  setCollapsed(collapsed: boolean): void;
  focus(): void;
}


const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function adoptStyles(shadow: ShadowRoot): void {
  const doc = shadow.ownerDocument;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Browsers without constructable sheets: a style element inside the shadow root does the same.
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

export function mountPanel(shadow: ShadowRoot, options: PanelOptions): PanelView {
  const doc = shadow.ownerDocument;
  const { analysis, language } = options;
  const t = options.translate;
  adoptStyles(shadow);

  const live = h(doc, 'p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  const side: PanelSide = options.side ?? 'right';

  const formSelect = h(doc, 'select', { class: 'form-select', 'aria-label': t('citationForm') });
  for (const f of citationFormChoices(t, options.templates ?? [])) formSelect.append(h(doc, 'option', { value: f.id }, f.label));
  formSelect.value = options.form ?? 'senate';
  if (!formSelect.value) formSelect.value = 'senate';
  let form = formSelect.value as FormId;
  formSelect.addEventListener('change', () => {
    form = formSelect.value as FormId;
  });
  const copyQuestion = h(doc, 'button', { type: 'button', class: 'copy copy-question' }, t('copyQuestion'));
  copyQuestion.addEventListener('click', () => void confirmCopy(copyQuestion, options.copyQuestion(form)));

  const collapse = h(doc, 'button', { type: 'button', class: 'icon collapse', 'aria-label': t('collapse'), title: t('collapse') }, side === 'left' ? '⇤' : '⇥');
  collapse.addEventListener('click', () => setCollapsed(true));
  const close = h(doc, 'button', { type: 'button', class: 'icon close', 'aria-label': t('close'), title: t('close') }, '✕');
  close.addEventListener('click', () => options.close());
  const edgeTab = h(doc, 'button', { type: 'button', class: 'edge-tab', 'aria-label': t('expand'), title: t('expand') }, 'Q');
  edgeTab.addEventListener('click', () => setCollapsed(false));

  const toolbar = h(
    doc,
    'div',
    { class: 'toolbar' },
    h(doc, 'span', { class: 'brand' }, t('extName')),
    h(doc, 'span', { class: 'spacer' }),
    collapse,
    close,
  );
  const copyRow = h(doc, 'div', { class: 'copy-row' }, formSelect, copyQuestion);

  const list = h(doc, 'ol', { class: 'cards', 'aria-label': t('itemsLabel') });
  const cards: HTMLLIElement[] = analysis.items.map((item) =>
    renderCard(doc, item, t, {
      show: options.show,
      copy: (it, button) => void confirmCopy(button, options.copyItem(it, form)),
      questionLink: options.questionLink,
    }),
  );
  list.append(...cards);
  const empty = h(doc, 'p', { class: 'empty', hidden: true }, t('nothingNeedsAttention'));

  // The page-incomplete code is shown as its own sentence; the other warnings as "Could not read".
  const incomplete = analysis.warnings.includes(PAGE_INCOMPLETE);
  const otherWarnings = analysis.warnings.filter((w) => w !== PAGE_INCOMPLETE);
  const warnings =
    incomplete || otherWarnings.length
      ? h(
          doc,
          'p',
          { class: 'warnings', role: 'note' },
          [incomplete ? t('pageIncomplete') : '', otherWarnings.length ? t('couldNotRead', otherWarnings.join('; ')) : '']
            .filter(Boolean)
            .join(' '),
        )
      : null;

  const summary = renderSummary(doc, analysis.items, t, (attentionOnly) => {
    let visible = 0;
    analysis.items.forEach((item, i) => {
      const hide = attentionOnly && !needsAttention(item.status);
      cards[i]!.hidden = hide;
      if (!hide) visible++;
    });
    empty.hidden = visible > 0;
  });

  const body = h(
    doc,
    'div',
    { class: 'body' },
    renderHead(doc, analysis, t, language, options.today, { questionLink: options.questionLink }),
    copyRow,
    warnings,
    summary,
    analysis.items.length ? list : h(doc, 'p', { class: 'empty' }, t('noItems')),
    empty,
  );

  const handle = h(doc, 'div', {
    class: 'resize',
    role: 'separator',
    tabindex: 0,
    'aria-orientation': 'vertical',
    'aria-label': t('resize'),
    'aria-valuemin': MIN_WIDTH,
  });
  const root = h(
    doc,
    'section',
    { class: `panel side-${side}`, role: 'complementary', 'aria-label': t('panelLabel'), lang: language },
    handle,
    h(doc, 'div', { class: 'main' }, toolbar, body),
    edgeTab,
    live,
  );
  shadow.append(root);

  // ---- width ----
  let width = options.width;
  const setWidth = (w: number, report: boolean) => {
    const max = Math.max(MIN_WIDTH, Math.round(doc.defaultView!.innerWidth * MAX_WIDTH_FRACTION));
    width = Math.min(max, Math.max(MIN_WIDTH, Math.round(w)));
    handle.setAttribute('aria-valuenow', String(width));
    handle.setAttribute('aria-valuemax', String(max));
    if (report) options.resized(width);
  };
  setWidth(width, false);
  handle.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    const move = (e: PointerEvent) => setWidth(side === 'left' ? e.clientX : doc.defaultView!.innerWidth - e.clientX, true);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (e) => {
    // The arrow pointing away from the page's edge widens the panel.
    const step = e.shiftKey ? 64 : 16;
    const wider = side === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const narrower = side === 'left' ? 'ArrowLeft' : 'ArrowRight';
    if (e.key === wider) setWidth(width + step, true);
    else if (e.key === narrower) setWidth(width - step, true);
    else return;
    e.preventDefault();
  });

  // ---- collapse ----
  let collapsible = options.collapsible;
  const setCollapsible = (c: boolean) => {
    collapsible = c;
    collapse.hidden = !c;
    if (!c) setCollapsed(false);
  };
  const setCollapsed = (c: boolean) => {
    const next = c && collapsible;
    if (root.classList.contains('collapsed') === next) return;
    root.classList.toggle('collapsed', next);
    options.collapsedChanged(next);
    (next ? edgeTab : close).focus({ preventScroll: true });
  };
  collapse.hidden = !collapsible;

  // ---- keyboard ----
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      options.close();
      return;
    }
    if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
      const target = e.composedPath()[0] as Element | undefined;
      if (!target || target.closest('select, input') || target === handle) return;
      const current = target.closest('li.card');
      if (!current) return;
      const visible = cards.filter((c) => !c.hidden);
      const i = visible.indexOf(current as HTMLLIElement);
      const next =
        e.key === 'Home' ? visible[0] : e.key === 'End' ? visible[visible.length - 1] : visible[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
        next.scrollIntoView({ block: 'nearest' });
      }
    }
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
    doc.defaultView!.setTimeout(() => {
      button.textContent = original;
      button.classList.remove('copied', 'copy-failed');
    }, 1600);
  }

  return {
    root,
    setCollapsible,
    setCollapsed,
    focus: () => (cards[0] ?? close).focus({ preventScroll: true }),
  };
}


export type { Translate };
