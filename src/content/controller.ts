// The content script's one job per page: analyse once, then show or hide the panel and the
// highlights, keep the page's room for the panel right, and answer the background's toggles.

import { citeItem, citeQuestion } from '../core/cite';
import type { Analysis, Item } from '../core/model';
import type { FlatText } from '../core/text';
import { panelLanguage } from '../panel/i18n';
import { mountPanel, type PanelView } from '../panel/panel';
import { attentionCount } from '../panel/status';
import { sendToBackground, storageGet, storageSet } from '../platform';
import { copyCitation } from './clipboard';
import { pageHighlights, rangeOf, scrollToRange } from './highlights';
import { createHost, DEFAULT_WIDTH, type PanelHost } from './layout';
import { markPage } from './orphans';
import { afterNextPaint, MARK, mark, measurePhases } from './timing';

export const STATE_KEY = 'ql.panel';

export interface StoredState {
  open: boolean;
  width: number;
}

export function readState(raw: unknown): StoredState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<StoredState>;
  return {
    open: typeof s.open === 'boolean' ? s.open : true,
    width: typeof s.width === 'number' && Number.isFinite(s.width) ? s.width : DEFAULT_WIDTH,
  };
}

export interface Controller {
  toggle(): boolean;
  isOpen(): boolean;
  reportStatus(): void;
  dispose(): void;
}

export async function startController(doc: Document, analysis: Analysis, flat: FlatText<Node>, url: string | null, today: string): Promise<Controller> {
  const win = doc.defaultView!;
  const state = readState(await storageGet<unknown>(STATE_KEY, null));
  const highlights = pageHighlights(doc, analysis, flat);
  const language = panelLanguage(analysis.page.language);
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  let host: PanelHost | null = null;
  let view: PanelView | null = null;
  let collapsed = false;
  let disposed = false;
  let firstShown = false;

  const save = () => void storageSet(STATE_KEY, { open: host !== null, width: state.width });
  const relayout = () => {
    if (!host || !view) return;
    const mode = host.apply(state.width, collapsed);
    view.setCollapsible(mode === 'overlay');
  };
  const onResize = () => relayout();

  const show = (item: Item, target: 'question' | 'answer' | 'both') => {
    const question = rangeOf(doc, flat, item.questionSpan);
    const answer = rangeOf(doc, flat, item.answerSpan);
    const goTo = target === 'answer' ? answer : question;
    if (goTo) scrollToRange(goTo, reducedMotion());
    const flashed = target === 'both' ? [question, answer] : [goTo];
    highlights.flash(flashed.filter((r): r is Range => r !== null));
  };

  const open = (focus: boolean) => {
    if (host || disposed) return;
    mark(MARK.renderStart);
    host = createHost(doc);
    try {
      view = mountPanel(host.shadow, {
      analysis,
      language,
      today,
      width: state.width,
      collapsible: false,
      show,
      copyQuestion: (form) => copyCitation(doc, citeQuestion(analysis, form, url, language)),
      copyItem: (item, form) => copyCitation(doc, citeItem(analysis, item, form, url, language)),
      close: () => {
        close();
        save();
      },
      collapsedChanged: (c) => {
        collapsed = c;
        relayout();
      },
      resized: (width) => {
        state.width = width;
        relayout();
        save();
      },
      });
    } catch {
      // A panel that cannot be built leaves nothing half-mounted behind.
      host.remove();
      host = null;
      view = null;
      return;
    }
    markPage(doc, true);
    relayout();
    win.addEventListener('resize', onResize);
    highlights.show();
    if (focus) view.focus();
    mark(MARK.rendered);
    if (!firstShown) {
      firstShown = true;
      afterNextPaint(win, () => {
        mark(MARK.shown);
        measurePhases();
      });
    }
  };

  const close = () => {
    if (!host) return;
    win.removeEventListener('resize', onResize);
    host.remove();
    host = null;
    view = null;
    collapsed = false;
    highlights.hide();
    markPage(doc, false);
  };

  if (state.open) open(false);

  const controller: Controller = {
    toggle() {
      if (host) close();
      else open(true);
      save();
      return host !== null;
    },
    isOpen: () => host !== null,
    reportStatus() {
      void sendToBackground({ type: 'ql:status', attention: attentionCount(analysis.items), total: analysis.items.length });
    },
    dispose() {
      disposed = true;
      close();
      highlights.dispose();
    },
  };
  controller.reportStatus();
  return controller;
}
