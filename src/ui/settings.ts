// The reader's settings: what they are, their defaults, and how a stored value is read. Stored
// values come from storage.sync, which another version of the extension, another device or a hand
// may have written: every field is checked on its own, and whatever is unknown or broken falls back
// to its default, so a bad value costs one setting, never the page. Pure: no browser API here.

import { CITATION_FORMS, type CitationForm } from '../core/cite/forms';
import { validateTemplate } from '../core/cite/placeholders';

export const SETTINGS_KEY = 'ql.settings';

export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

/** "auto": the panel opens by itself on a question page (unless the reader closed it there last);
 * "on-demand": only the toolbar popup, the keyboard command or the context menu open it. */
export const OPEN_MODES = ['auto', 'on-demand'] as const;
export type OpenMode = (typeof OPEN_MODES)[number];

/** "page": the panel speaks the page's language (French or Dutch), English otherwise. */
export const PANEL_LANGUAGES = ['page', 'fr', 'nl', 'en'] as const;
export type PanelLanguageSetting = (typeof PANEL_LANGUAGES)[number];

export interface CustomTemplate {
  /** Stable key, as in the form id "custom:<id>". */
  id: string;
  name: string;
  template: string;
}

/** A built-in citation form, or "custom:<id>" for one of the reader's templates. */
export type FormId = CitationForm | `custom:${string}`;

export interface Settings {
  side: PanelSide;
  open: OpenMode;
  highlights: boolean;
  /** A status beside every written-question link of the site's pages (opt-in: it fetches pages). */
  linkChips: boolean;
  language: PanelLanguageSetting;
  citationForm: FormId;
  templates: CustomTemplate[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  side: 'right',
  open: 'auto',
  highlights: true,
  linkChips: false,
  language: 'page',
  citationForm: 'senate',
  templates: [],
});

/** storage.sync allows 8 KB per item: templates are kept well inside it. */
export const MAX_TEMPLATES = 10;
export const MAX_TEMPLATE_LENGTH = 500;
export const MAX_NAME_LENGTH = 60;

const CUSTOM_PREFIX = 'custom:';

export function customFormId(template: Pick<CustomTemplate, 'id'>): FormId {
  return `${CUSTOM_PREFIX}${template.id}`;
}

/** The custom template a form id names, or null for a built-in form (or a template now gone). */
export function customTemplateOf(form: string, templates: readonly CustomTemplate[]): CustomTemplate | null {
  if (!form.startsWith(CUSTOM_PREFIX)) return null;
  const id = form.slice(CUSTOM_PREFIX.length);
  return templates.find((t) => t.id === id) ?? null;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A stored template kept only when it is whole and uses known placeholders: a template that
 * cannot render would only produce broken citations. */
function readTemplate(raw: unknown): CustomTemplate | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, name, template } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(id)) return null;
  if (typeof template !== 'string' || !template.trim() || template.length > MAX_TEMPLATE_LENGTH) return null;
  if (!validateTemplate(template).ok) return null;
  const label = typeof name === 'string' && name.trim() ? name.trim().slice(0, MAX_NAME_LENGTH) : id;
  return { id, name: label, template };
}

export function readSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const templates: CustomTemplate[] = [];
  if (Array.isArray(s.templates)) {
    for (const t of s.templates) {
      const ok = readTemplate(t);
      if (ok && !templates.some((k) => k.id === ok.id) && templates.length < MAX_TEMPLATES) templates.push(ok);
    }
  }
  const form = typeof s.citationForm === 'string' ? s.citationForm : '';
  const citationForm: FormId = (CITATION_FORMS as readonly string[]).includes(form)
    ? (form as CitationForm)
    : customTemplateOf(form, templates)
      ? (form as FormId)
      : DEFAULT_SETTINGS.citationForm;
  return {
    side: oneOf(PANEL_SIDES, s.side, DEFAULT_SETTINGS.side),
    open: oneOf(OPEN_MODES, s.open, DEFAULT_SETTINGS.open),
    highlights: typeof s.highlights === 'boolean' ? s.highlights : DEFAULT_SETTINGS.highlights,
    linkChips: typeof s.linkChips === 'boolean' ? s.linkChips : DEFAULT_SETTINGS.linkChips,
    language: oneOf(PANEL_LANGUAGES, s.language, DEFAULT_SETTINGS.language),
    citationForm,
    templates,
  };
}

/** Which settings differ, so an open page re-does only what changed. */
export function changedSettings(before: Settings, after: Settings): Set<keyof Settings> {
  const changed = new Set<keyof Settings>();
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.add(key);
  }
  return changed;
}

/** A fresh template id, unlike the ones in use. */
export function newTemplateId(existing: readonly CustomTemplate[], random: () => number = Math.random): string {
  for (;;) {
    const id = `t${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!existing.some((t) => t.id === id)) return id;
  }
}
