// The content script's one job per page, once the page is analysed: show or hide the panel and the
// highlights, keep the page's room for the panel right, answer the background's toggles and the
// popup's questions, and follow the reader's settings as they change (in the options page, in any
// tab).
//
// The panel comes first: the stored state and settings are read while the page is analysed, the
// panel's catalog while they arrive, and the highlights and the citation meta tags wait until the
// panel has been painted.

import type { Citation } from '../core/cite/forms';
import type { Analysis, Item, Language } from '../core/model';
import type { FlatText } from '../core/text';
import { changedSettings, readSettings, SETTINGS_KEY, type FormId, type Settings } from '../options/settings';
import { languageFor, loadTranslator, panelLanguage, type Translate } from '../panel/i18n';
import { mountPanel, type PanelView } from '../panel/panel';
import { attentionCount, countByStatus } from '../panel/status';
import { onSyncChanged, sendToBackground, storageGet, storageSet, syncGet, type PageSummary } from '../platform/content';
import { siteById, SITES } from '../sites/registry';
import { citeAs } from './citations';
import { copyCitation } from './clipboard';
import { insertCitationMeta } from './meta-tags';
import { pageHighlights, rangeOf, scrollToRange, type PageHighlights } from './highlights';
import { createHost, DEFAULT_WIDTH, type PanelHost } from './layout';
import { markPage } from './orphans';
import { afterNextPaint, MARK, mark, measureDecoration, measurePhases } from './timing';

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

export interface Stored {
  state: StoredState;
  settings: Settings;
}

/** Starts reading the panel's state and the reader's settings; call it before the analysis. */
export async function readStored(): Promise<Stored> {
  const [state, settings] = await Promise.all([storageGet<unknown>(STATE_KEY, null), syncGet(SETTINGS_KEY)]);
  return { state: readState(state), settings: readSettings(settings) };
}

export interface Controller {
  toggle(): boolean;
  isOpen(): boolean;
  reportStatus(): void;
  /** What the popup shows of this page. */
  summary(): Promise<PageSummary>;
  /** Copies the whole question's citation in the reader's default form. */
  copyDefaultCitation(): Promise<boolean>;
  /** Applies new settings to the open page (also called on every storage change). */
  applySettings(next: Settings): void;
  dispose(): void;
}

export async function startController(doc: Document, analysis: Analysis, flat: FlatText<Node>, url: string | null, today: string, stored: Promise<Stored>): Promise<Controller> {
  const win = doc.defaultView!;
  // The page's language is the panel's unless the reader chose another: its catalog loads while
  // the stored settings arrive.
  loadTranslator(panelLanguage(analysis.page.language)).catch(() => {});
  const { state, settings: storedSettings } = await stored;
  let settings = storedSettings;
  const language = () => languageFor(settings, analysis.page.language);
  let speech: { language: Language; translate: Translate } = { language: language(), translate: await loadTranslator(language()) };
  const site = siteById(analysis.page.site) ?? SITES[0]!;
  const cite = (form: FormId, item?: Item): Promise<Citation> => citeAs(site.citation, analysis, form, settings.templates, url, language(), item);
  const copy = (form: FormId, item?: Item) => cite(form, item).then((c) => copyCitation(doc, c));
  // Ranges for every span cost time on a long page: made after the first paint, or when needed.
  let highlights: PageHighlights | null = null;
  const pageHl = () => (highlights ??= pageHighlights(doc, analysis, flat));
  let removeMeta: (() => void) | null = null;
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
    pageHl().flash(flashed.filter((r): r is Range => r !== null));
  };

  const open = (focus: boolean) => {
    if (host || disposed) return;
    mark(MARK.renderStart);
    host = createHost(doc, settings.side);
    try {
      view = mountPanel(host.shadow, {
      analysis,
      language: speech.language,
      translate: speech.translate,
      today,
      width: state.width,
      collapsible: false,
      side: settings.side,
      form: settings.citationForm,
      templates: settings.templates,
      show,
      questionLink: (id) => site.questionUrl(id, analysis.page.language === 'nl' ? 'nl' : 'fr'),
      copyQuestion: (form) => copy(form),
      copyItem: (item, form) => copy(form, item),
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
    // The first time, the highlights follow the first paint (decorate, below).
    if (settings.highlights && decorated) pageHl().show();
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
    highlights?.hide();
    markPage(doc, false);
  };

  let decorated = false;
  /** What the reader does not need in the first frame: the highlights and the meta tags. */
  const decorate = () => {
    if (disposed || decorated) return;
    decorated = true;
    mark(MARK.decorateStart);
    removeMeta = insertCitationMeta(doc, site.citation, analysis, url);
    if (host && settings.highlights) pageHl().show();
    mark(MARK.decorated);
    measureDecoration();
  };

  if (settings.open === 'auto' && state.open) open(false);
  if (host) afterNextPaint(win, decorate);
  else win.setTimeout(decorate, 0);

  /** Rebuilds an open panel so it takes new settings (side, language, forms). */
  const remount = () => {
    if (!host) return;
    const hadFocus = doc.activeElement === host.host;
    close();
    open(hadFocus);
  };

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
    async summary() {
      const q = analysis.question;
      const counts: PageSummary['counts'] = {};
      for (const [status, n] of countByStatus(analysis.items)) if (n > 0) counts[status] = n;
      return {
        id: q.id,
        title: q.title,
        author: q.author,
        party: q.party,
        language: speech.language,
        counts,
        total: analysis.items.length,
        attention: attentionCount(analysis.items),
        open: host !== null,
        citation: await cite(settings.citationForm),
      };
    },
    copyDefaultCitation: () => copy(settings.citationForm),
    applySettings(next) {
      const changed = changedSettings(settings, next);
      settings = next;
      if (disposed || changed.size === 0) return;
      if (changed.has('open')) {
        // The reader just chose: "auto" shows the panel here now, "on demand" puts it away.
        if (next.open === 'auto') open(false);
        else close();
        save();
      }
      if (changed.has('language')) {
        const wanted = language();
        loadTranslator(wanted)
          .then((translate) => {
            if (disposed || language() !== wanted) return;
            speech = { language: wanted, translate };
            remount();
          })
          .catch(() => {});
      } else if (changed.has('side') || changed.has('citationForm') || changed.has('templates')) remount();
      if (changed.has('highlights') && host) {
        if (next.highlights) pageHl().show();
        else highlights?.hide();
      }
    },
    dispose() {
      disposed = true;
      stopWatching();
      close();
      highlights?.dispose();
      removeMeta?.();
    },
  };
  const stopWatching = onSyncChanged(SETTINGS_KEY, (value) => controller.applySettings(readSettings(value)));
  controller.reportStatus();
  return controller;
}
