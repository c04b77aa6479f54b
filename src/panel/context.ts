// What a panel section is, and the one object every section is given. A section is a feature module
// ({ id, render(ctx), setting? }); the panel (panel.ts) is only its frame: it renders the sections
// it is given, in order, and knows none of them. A new section (related questions, the original
// language) is one new module in sections/, added to the list the content script passes.

import type { Analysis, Item, Language } from '../core/model';
import type { FormId, Settings } from '../ui/settings';
import type { Translate } from './i18n';
import type { RelatedAccess } from './related-access';

/** The settings that switch a section on or off. */
export type SectionSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

export interface PanelSection {
  id: string;
  /** A reader's setting the section needs switched on; absent: always shown. */
  setting?: SectionSetting;
  /** The section's element, or null when it has nothing to show on this page. */
  render(ctx: PanelContext): HTMLElement | null;
}

/** What the panel asks of the page it stands beside (the content script answers). */
export interface PageActions {
  /** Scrolls the page to the sub-question, its answer or both, and flashes them. */
  show(item: Item, target: 'question' | 'answer' | 'both'): void;
  /** Lights the item's marks in the page (null: none). */
  light(item: Item | null): void;
  /** Copies the whole question's citation (no item) or one sub-question's, in `form`. */
  copy(form: FormId, item?: Item): Promise<boolean>;
  /** The address of a written question by its id, when the page's site can build it. */
  questionLink(questionId: string): string | null;
}

export interface PanelEvents {
  /** 'reveal': open and show one item's row (a mark was clicked); 'light': an item's row lit. */
  on(type: 'reveal' | 'light', listener: (label: string | null) => void): void;
  emit(type: 'reveal' | 'light', label: string | null): void;
}

export interface PanelContext {
  doc: Document;
  analysis: Analysis;
  /** The panel's language and its strings. */
  language: Language;
  t: Translate;
  today: string;
  settings: Readonly<Settings>;
  page: PageActions;
  events: PanelEvents;
  /** The citation form chosen in the panel (starts at the reader's default). */
  form: FormId;
  /** Says a message to assistive technology (the panel's live region). */
  announce(message: string): void;
  /** Shows on the button, and announces, how a copy went. */
  confirmCopy(button: HTMLButtonElement, done: Promise<boolean>): void;
  /** Related pages (siblings, the original language, cited questions), when the page has some and
   * the content script can ask the background for them. */
  related?: RelatedAccess;
}

export function panelEvents(): PanelEvents {
  const listeners = new Map<string, ((label: string | null) => void)[]>();
  return {
    on(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    emit(type, label) {
      for (const l of listeners.get(type) ?? []) l(label);
    },
  };
}
