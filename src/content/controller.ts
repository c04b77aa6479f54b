// The content script's one job per page, once the page is analysed: show the panel, the highlights
// and the marks, keep the page's room for the panel right at every window size, answer the
// background's toggles and the popup's questions, and follow the reader's settings as they change
// (in the options page, in any tab).
//
// The panel comes first: the stored state and settings are read while the engine loads (early.ts)
// and the page is analysed, the checklist is painted, and the highlights, the marks and the
// citation meta tags wait until it has been. The citation code loads on the first copy.
//
// Closing (× or Escape) closes this page's panel to its edge tab and stores nothing: whether the
// panel opens by itself stays the options page's setting. The toolbar popup and Alt+Shift+Q toggle
// it.

import type { Citation } from '../core/cite/forms';
import type { Analysis, Item, Language } from '../core/model';
import type { FlatText } from '../core/text';
import { languageFor, loadTranslator, panelLanguage, translatorOf, type Translate } from '../panel/i18n';
import { mountPanel, type PanelFrame, type PanelView } from '../panel/panel';
import { PANEL_SECTIONS } from '../panel/sections';
import { relatedAccess } from './related-access';
import { attentionCount, countByStatus } from '../panel/status';
import { onSyncChanged, sendToBackground, storageSet, type PageSummary } from '../platform/content';
import { siteById, SITES } from '../sites/registry';
import { changedSettings, readSettings, SETTINGS_KEY, type FormId, type Settings } from '../ui/settings';
import { readEarly, STATE_KEY, type EarlyStart } from './early';
import { pageHighlights, scrollToRange, type PageHighlights } from './highlights';
import { createHost, DEFAULT_SHEET, DEFAULT_WIDTH, GUTTER, type PanelHost, type Placement } from './layout';
import { pageMarks, type PageMarks } from './marks';
import { markPage } from './orphans';
import { afterNextPaint, MARK, mark, measureDecoration, measurePhases } from './timing';
import { quote } from '../panel/format';

export { STATE_KEY };

/** What is remembered of the panel across pages: its width beside the page, its height as a sheet. */
export interface StoredState {
  width: number;
  /** The bottom sheet's height, as a fraction of the window's. */
  sheet: number;
}

const fraction = (v: unknown) => typeof v === 'number' && v > 0 && v < 1;

/** The stored state, field by field; an `open` stored by earlier versions is ignored. */
export function readState(raw: unknown): StoredState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof StoredState, unknown>>;
  return {
    width: typeof s.width === 'number' && Number.isFinite(s.width) ? s.width : DEFAULT_WIDTH,
    sheet: fraction(s.sheet) ? (s.sheet as number) : DEFAULT_SHEET,
  };
}

export interface Stored {
  state: StoredState;
  settings: Settings;
}

/** The panel's state and the reader's settings, from the reads the entry started (or new ones). */
export async function readStored(early: Promise<[unknown, unknown]> = readEarly()): Promise<Stored> {
  const [state, settings] = await early;
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

/** `room`: the margin the entry reserved for the panel (early.ts), given back as the panel takes over. */
export async function startController(
  doc: Document,
  analysis: Analysis,
  flat: FlatText<Node>,
  url: string | null,
  today: string,
  stored: Promise<Stored>,
  room: Promise<() => void> = Promise.resolve(() => {}),
  catalog: EarlyStart['catalog'] = null,
): Promise<Controller> {
  const win = doc.defaultView!;
  // The page's language is the panel's unless the reader chose another: its catalog loads while
  // the stored settings arrive.
  loadTranslator(panelLanguage(analysis.page.language)).catch(() => {});
  const { state, settings: storedSettings } = await stored;
  let releaseRoom = await room.catch(() => () => {});
  /** In the same task as the panel's own layout: the page never shows without its room between. */
  const takeOverRoom = () => {
    releaseRoom();
    releaseRoom = () => {};
  };
  let settings = storedSettings;
  const language = () => languageFor(settings, analysis.page.language);
  // The catalog the entry fetched, when it is the one wanted: taken as it is, so nothing between the
  // analysis and the checklist waits for another task (where the browser's code caching would run).
  const early = catalog?.language === language() ? await catalog.module.catch(() => null) : null;
  let speech: { language: Language; translate: Translate } = {
    language: language(),
    translate: early ? translatorOf(early.default) : await loadTranslator(language()),
  };
  mark(MARK.ready);
  const site = siteById(analysis.page.site) ?? SITES[0]!;
  // Citing waits for the reader's first copy (or the popup's first look): the dispatch, the wording
  // and the templates load then, not with the page.
  const cite = (form: FormId, item?: Item): Promise<Citation> =>
    import('../ui/citations').then(({ citeAs }) => citeAs(site.citation, analysis, form, settings.templates, url, language(), item));
  const copy = (form: FormId, item?: Item) =>
    Promise.all([cite(form, item), import('../ui/clipboard')]).then(([citation, { copyCitation }]) => copyCitation(doc, citation));
  /** The citation of this question and of related ones (the same question to other ministers), one
   * per line, in the reader's form. */
  const copySet = (others: readonly Analysis[]) =>
    Promise.all([import('../ui/citations'), import('../ui/clipboard')]).then(async ([{ citeAs }, { copyCitation }]) => {
      const all = await Promise.all([analysis, ...others].map((a) => citeAs(site.citation, a, settings.citationForm, settings.templates, a.page.url ?? null, language())));
      return copyCitation(doc, { text: all.map((c) => c.text).join('\n'), html: all.map((c) => `<p>${c.html}</p>`).join('') });
    });
  /** A sub-question's citation with the original-language text quoted after it. */
  const copyWithOriginal = (item: Item, original: Item, lang: 'fr' | 'nl') =>
    Promise.all([cite(settings.citationForm, item), import('../ui/clipboard'), import('../core/cite/wording')]).then(([citation, { copyCitation }, { escapeHtml }]) => {
      const t = speech.translate;
      const name = lang === 'nl' ? t('languageNl') : t('languageFr');
      const lines = [t('originalCitationQuestion', name, quote(t, original.question)), ...(original.answer ? [t('originalCitationAnswer', quote(t, original.answer))] : [])];
      return copyCitation(doc, { text: [citation.text, ...lines].join('\n'), html: `${citation.html}${lines.map((l) => `<p lang="${lang}">${escapeHtml(l)}</p>`).join('')}` });
    });
  // Ranges for every span cost time on a long page: made after the first paint, or when needed.
  let highlights: PageHighlights | null = null;
  const pageHl = () => (highlights ??= pageHighlights(doc, analysis, flat));
  let marks: PageMarks | null = null;
  let removeMeta: (() => void) | null = null;
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  let host: PanelHost | null = null;
  let view: PanelView | null = null;
  let isOpen = false;
  let placement: Placement | null = null;
  let decorated = false;
  let disposed = false;

  let saveTimer: number | undefined;
  const save = () => {
    win.clearTimeout(saveTimer);
    saveTimer = win.setTimeout(() => void storageSet(STATE_KEY, { width: state.width, sheet: state.sheet }), 250);
  };

  const scroller = () => host?.scroller() ?? null;
  /** Highlights and marks: while the panel is open, once the first paint is done, if wanted. */
  const syncDecorations = () => {
    if (isOpen && decorated && settings.highlights && placement && placement.mode !== 'closed') {
      pageHl().show();
      marks ??= pageMarks(doc, pageHl().ranges, speech.translate, {
        open: (item) => view?.reveal(item.label),
        light: (item) => view?.light(item?.label ?? null),
        reach: (range) => scrollToRange(range, true, scroller()),
      });
      marks.place(placement.area, settings.side, scroller());
    } else {
      highlights?.hide();
      marks?.hide();
    }
  };
  const relayout = () => {
    if (!host || !view) return;
    takeOverRoom();
    placement = host.apply({ open: isOpen, width: state.width, sheet: state.sheet, gutter: settings.highlights ? GUTTER : 0 });
    if (placement.mode !== 'closed') view.setMode(placement.mode, placement.size, placement.min, placement.max);
    syncDecorations();
  };

  const show = (item: Item, target: 'question' | 'answer' | 'both') => {
    const [question, answer] = pageHl().ranges.get(item) ?? [null, null];
    const goTo = target === 'answer' ? answer : question;
    if (goTo) scrollToRange(goTo, reducedMotion(), scroller());
    const flashed = target === 'both' ? [question, answer] : [goTo];
    pageHl().flash(flashed.filter((r): r is Range => r !== null));
  };

  const frame: PanelFrame = {
    side: settings.side,
    resize(mode, size) {
      if (mode === 'side') state.width = size;
      else state.sheet = size / win.innerHeight;
      relayout();
      // What the page allows, not what the pointer asked for.
      if (placement?.mode === 'side') state.width = placement.size;
      else if (placement?.mode === 'sheet') state.sheet = placement.size / win.innerHeight;
      save();
    },
    close: () => close(),
    reopen: () => open(true),
  };

  /** Builds the host and the panel (open or closed to its tab, as `isOpen` says). */
  const mount = (): boolean => {
    if (host || disposed) return host !== null;
    host = createHost(doc, settings.side);
    frame.side = settings.side;
    try {
      view = mountPanel(
        host.shadow,
        {
          doc,
          analysis,
          language: speech.language,
          t: speech.translate,
          today,
          settings,
          page: { show, light: (item) => marks?.light(item), copy, questionLink: (id) => site.questionUrl(id, analysis.page.language === 'nl' ? 'nl' : 'fr') },
          related: relatedAccess(doc, analysis, site, { copySet, copyWithOriginal }),
        },
        PANEL_SECTIONS,
        frame,
      );
    } catch {
      // A panel that cannot be built leaves nothing half-mounted behind.
      host.remove();
      host = null;
      view = null;
      return false;
    }
    win.addEventListener('resize', relayout);
    return true;
  };

  const open = (focus: boolean) => {
    if (disposed) return;
    const first = !host;
    if (first) mark(MARK.renderStart);
    if (!mount()) return;
    isOpen = true;
    view!.setOpen(true);
    markPage(doc, true);
    relayout();
    if (focus) view!.focus();
    if (first) mark(MARK.rendered);
  };

  /** × or Escape: to the edge tab; the page gets its own layout back. */
  const close = () => {
    if (!host || !isOpen) return;
    isOpen = false;
    view!.setOpen(false);
    markPage(doc, false);
    relayout();
  };

  /** No panel and no tab (the reader chose "only when asked", or this instance is going). */
  const unmount = () => {
    if (!host) return;
    isOpen = false;
    win.removeEventListener('resize', relayout);
    host.remove();
    host = null;
    view = null;
    placement = null;
    highlights?.hide();
    marks?.dispose();
    marks = null;
    markPage(doc, false);
  };

  /** Rebuilds the panel so it takes new settings (side, language, forms), open or closed as it was. */
  const remount = () => {
    if (!host) return;
    const wasOpen = isOpen;
    const hadFocus = doc.activeElement === host.host;
    unmount();
    if (wasOpen) open(hadFocus);
    else if (mount()) {
      view!.setOpen(false);
      relayout();
    }
  };

  /** What the reader does not need in the first frame: the highlights, the marks, the meta tags. */
  const decorate = () => {
    if (disposed || decorated) return;
    decorated = true;
    mark(MARK.decorateStart);
    // The citation record behind the meta tags loads after the first frame, as the rest of citing.
    void import('./meta-tags')
      .then(({ insertCitationMeta }) => {
        if (!disposed) removeMeta = insertCitationMeta(doc, site.citation, analysis, url);
      })
      .catch(() => {});
    syncDecorations();
    mark(MARK.decorated);
    measureDecoration();
  };

  if (settings.open === 'auto') open(false);
  takeOverRoom();
  if (host) {
    afterNextPaint(win, () => {
      mark(MARK.shown);
      measurePhases();
      decorate();
    });
  } else win.setTimeout(decorate, 0);

  const controller: Controller = {
    toggle() {
      if (isOpen) close();
      else open(true);
      return isOpen;
    },
    isOpen: () => isOpen,
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
        open: isOpen,
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
        else unmount();
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
      if (changed.has('highlights')) relayout();
    },
    dispose() {
      disposed = true;
      takeOverRoom();
      stopWatching();
      unmount();
      highlights?.dispose();
      removeMeta?.();
    },
  };
  const stopWatching = onSyncChanged(SETTINGS_KEY, (value) => controller.applySettings(readSettings(value)));
  controller.reportStatus();
  return controller;
}
