// The options page: the panel's side, opening, highlights and language; the default citation form
// and the reader's own templates, each checked (validateTemplate) and previewed as it is typed on
// the reference question 7-1649. Every change is saved at once; a template with an unknown
// placeholder stays on the page, marked, and is saved once it is fixed.

import { TEMPLATE_PLACEHOLDERS, validateTemplate } from '../core/cite';
import { h } from '../ui/dom';
import { languageFor } from '../panel/i18n';
import { PLACEHOLDER_HELP, type PageTranslate as Translate } from './strings';
import { citationFormChoices } from '../panel/forms';
import { citeWithForm } from '../ui/citation';
import { referenceAnalysis } from './reference-question';
import { siteById, SITES } from '../sites/registry';
import {
  customFormId,
  MAX_NAME_LENGTH,
  MAX_TEMPLATE_LENGTH,
  MAX_TEMPLATES,
  newTemplateId,
  readSettings,
  type CustomTemplate,
  type FormId,
  type Settings,
} from '../ui/settings';

export interface OptionsDeps {
  t: Translate;
  /** Resolves false when the settings could not be stored. */
  save(settings: Settings): Promise<boolean>;
  /** Delay before saving what is typed (ms). */
  typingDelay?: number;
}

/** What is stored: the draft without the templates that are not (yet) valid. */
export function storable(draft: Settings): Settings {
  const templates = draft.templates.filter((tpl) => tpl.template.trim() && validateTemplate(tpl.template).ok);
  return readSettings({ ...draft, templates });
}

export function renderOptions(doc: Document, root: HTMLElement, initial: Settings, deps: OptionsDeps): void {
  const { t } = deps;
  const draft: Settings = structuredClone(initial);
  const reference = referenceAnalysis();
  const citation = (siteById(reference.analysis.page.site) ?? SITES[0]!).citation;
  const previewLanguage = () => languageFor(draft, reference.analysis.page.language);
  const status = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'save-status' });

  let timer: number | undefined;
  const saveNow = async () => {
    const ok = await deps.save(storable(draft));
    status.textContent = ok ? t('optionsSaved') : t('optionsSaveFailed');
    status.classList.toggle('bad', !ok);
  };
  const save = (typed = false) => {
    const win = doc.defaultView!;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    if (typed) timer = win.setTimeout(() => void saveNow(), deps.typingDelay ?? 300);
    else void saveNow();
  };

  // ---- panel ----
  const radios = <K extends 'side' | 'open'>(key: K, legend: string, choices: [Settings[K], string][]) => {
    const set = h(doc, 'fieldset', { id: `setting-${key}` }, h(doc, 'legend', {}, legend));
    for (const [value, label] of choices) {
      const input = h(doc, 'input', { type: 'radio', name: key, value, id: `${key}-${value}` });
      input.checked = draft[key] === value;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        draft[key] = value;
        save();
      });
      set.append(h(doc, 'div', { class: 'choice' }, input, h(doc, 'label', { for: `${key}-${value}` }, label)));
    }
    return set;
  };

  const highlights = h(doc, 'input', { type: 'checkbox', id: 'setting-highlights' });
  highlights.checked = draft.highlights;
  highlights.addEventListener('change', () => {
    draft.highlights = highlights.checked;
    save();
  });

  const linkChips = h(doc, 'input', { type: 'checkbox', id: 'setting-link-chips' });
  linkChips.checked = draft.linkChips;
  linkChips.addEventListener('change', () => {
    draft.linkChips = linkChips.checked;
    save();
  });

  const language = h(doc, 'select', { id: 'setting-language' });
  const languageNames: [Settings['language'], string][] = [
    ['page', t('optionsLanguagePage')],
    ['fr', 'Français'],
    ['nl', 'Nederlands'],
    ['en', 'English'],
  ];
  for (const [value, label] of languageNames) {
    const option = h(doc, 'option', { value }, label);
    if (value !== 'page') option.lang = value;
    language.append(option);
  }
  language.value = draft.language;
  language.addEventListener('change', () => {
    draft.language = language.value as Settings['language'];
    refreshPreviews();
    save();
  });

  // ---- citations ----
  const formSelect = h(doc, 'select', { id: 'setting-form' });
  const formPreview = h(doc, 'p', { class: 'form-preview', id: 'form-preview', 'aria-live': 'polite' });
  const fillForms = () => {
    const valid = storable(draft).templates;
    formSelect.replaceChildren(...citationFormChoices(t, valid).map((f) => h(doc, 'option', { value: f.id }, f.label)));
    formSelect.value = draft.citationForm;
    if (formSelect.value !== draft.citationForm) {
      // Its template was removed or broken: the default form stands until the reader picks again.
      formSelect.value = 'senate';
    }
  };
  formSelect.addEventListener('change', () => {
    draft.citationForm = formSelect.value as FormId;
    refreshPreviews();
    save();
  });

  const templateList = h(doc, 'div', { id: 'templates' });
  const addButton = h(doc, 'button', { type: 'button', id: 'add-template' }, t('optionsAddTemplate'));
  const refreshAdd = () => {
    addButton.hidden = draft.templates.length >= MAX_TEMPLATES;
  };
  const previews: (() => void)[] = [];

  const refreshPreviews = () => {
    fillForms();
    const { analysis } = reference;
    formPreview.textContent = citeWithForm(citation, analysis, formSelect.value as FormId, storable(draft).templates, analysis.page.url, previewLanguage()).text;
    previews.forEach((p) => p());
  };

  const renderTemplates = () => {
    previews.length = 0;
    templateList.replaceChildren(...draft.templates.map((tpl, i) => templateEditor(tpl, i)));
    refreshAdd();
    refreshPreviews();
  };

  const templateEditor = (tpl: CustomTemplate, index: number): HTMLElement => {
    const base = `template-${tpl.id}`;
    const name = h(doc, 'input', { type: 'text', id: `${base}-name`, maxlength: MAX_NAME_LENGTH, class: 'template-name' });
    name.value = tpl.name;
    const text = h(doc, 'textarea', { id: `${base}-text`, maxlength: MAX_TEMPLATE_LENGTH, class: 'template-text', spellcheck: false, 'aria-describedby': `${base}-check` });
    text.value = tpl.template;
    const check = h(doc, 'p', { class: 'check', id: `${base}-check`, 'aria-live': 'polite' });
    const whole = h(doc, 'dd', { class: 'preview-question' });
    const part = h(doc, 'dd', { class: 'preview-item' });
    const remove = h(doc, 'button', { type: 'button', class: 'remove-template', 'aria-label': `${t('optionsRemoveTemplate')} ${t('optionsTemplateNumber', index + 1)}` }, t('optionsRemoveTemplate'));

    const refresh = () => {
      const result = validateTemplate(tpl.template);
      const empty = !tpl.template.trim();
      check.textContent = empty ? t('optionsTemplateEmpty') : result.ok ? t('optionsTemplateOk') : t('optionsTemplateUnknown', result.unknown.map((u) => (u.startsWith('{') ? u : `{${u}}`)).join(', '));
      check.classList.toggle('ok', result.ok && !empty);
      check.classList.toggle('bad', !result.ok || empty);
      text.setAttribute('aria-invalid', String(!result.ok || empty));
      // The preview renders what is typed even while it is invalid: unknown names stay empty.
      const { analysis, item } = reference;
      const form = customFormId(tpl);
      const all = [tpl];
      whole.textContent = citeWithForm(citation, analysis, form, all, analysis.page.url, previewLanguage()).text;
      part.textContent = citeWithForm(citation, analysis, form, all, analysis.page.url, previewLanguage(), item).text;
    };
    previews.push(refresh);

    name.addEventListener('input', () => {
      tpl.name = name.value;
      fillForms();
      save(true);
    });
    text.addEventListener('input', () => {
      tpl.template = text.value;
      refreshPreviews();
      save(true);
    });
    remove.addEventListener('click', () => {
      draft.templates = draft.templates.filter((k) => k !== tpl);
      renderTemplates();
      addButton.focus();
      save();
    });

    return h(
      doc,
      'fieldset',
      { class: 'template', 'data-template': tpl.id },
      h(doc, 'legend', {}, t('optionsTemplateNumber', index + 1)),
      h(doc, 'div', { class: 'field' }, h(doc, 'label', { class: 'field-label', for: name.id }, t('optionsTemplateName')), name),
      h(doc, 'div', { class: 'field' }, h(doc, 'label', { class: 'field-label', for: text.id }, t('optionsTemplateText')), text, check),
      h(
        doc,
        'dl',
        { class: 'preview', 'aria-label': t('optionsPreview') },
        h(doc, 'dt', {}, t('optionsPreviewQuestion')),
        whole,
        h(doc, 'dt', {}, t('optionsPreviewItem', reference.item.label)),
        part,
      ),
      h(doc, 'div', { class: 'row' }, h(doc, 'span', {}), remove),
    );
  };

  addButton.addEventListener('click', () => {
    const tpl: CustomTemplate = { id: newTemplateId(draft.templates), name: t('optionsTemplateNumber', draft.templates.length + 1), template: '{id}[, {author}][ ({party})], {askedOn} <{url}>' };
    draft.templates.push(tpl);
    renderTemplates();
    doc.getElementById(`template-${tpl.id}-text`)?.focus();
    save();
  });

  const placeholderRows = TEMPLATE_PLACEHOLDERS.map((p) => h(doc, 'tr', {}, h(doc, 'td', {}, h(doc, 'code', {}, `{${p.name}}`)), h(doc, 'td', {}, t(PLACEHOLDER_HELP[p.name]))));
  const placeholders = h(
    doc,
    'table',
    { class: 'placeholders' },
    h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', { scope: 'col' }, t('optionsPlaceholders')), h(doc, 'th', { scope: 'col' }, t('optionsPlaceholderMeaning')))),
    h(doc, 'tbody', {}, ...placeholderRows),
  );

  root.append(
    h(doc, 'h1', {}, t('optionsTitle')),
    h(
      doc,
      'section',
      { 'aria-labelledby': 'h-panel' },
      h(doc, 'h2', { id: 'h-panel' }, t('optionsPanel')),
      radios('side', t('optionsSide'), [
        ['right', t('optionsSideRight')],
        ['left', t('optionsSideLeft')],
      ]),
      radios('open', t('optionsOpen'), [
        ['auto', t('optionsOpenAuto')],
        ['on-demand', t('optionsOpenOnDemand')],
      ]),
      h(doc, 'div', { class: 'field choice' }, highlights, h(doc, 'label', { for: highlights.id }, t('optionsHighlights'))),
      h(doc, 'div', { class: 'field choice' }, linkChips, h(doc, 'label', { for: linkChips.id }, t('optionsLinkChips'))),
      h(doc, 'div', { class: 'field' }, h(doc, 'label', { class: 'field-label', for: language.id }, t('optionsLanguage')), language),
    ),
    h(
      doc,
      'section',
      { 'aria-labelledby': 'h-citations' },
      h(doc, 'h2', { id: 'h-citations' }, t('optionsCitations')),
      h(doc, 'div', { class: 'field' }, h(doc, 'label', { class: 'field-label', for: formSelect.id }, t('optionsDefaultForm')), formSelect, formPreview),
      h(doc, 'h3', { id: 'h-templates' }, t('optionsTemplates')),
      h(doc, 'p', { class: 'help' }, t('optionsTemplatesHelp')),
      templateList,
      addButton,
      h(doc, 'h3', {}, t('optionsPlaceholders')),
      placeholders,
    ),
    status,
  );
  renderTemplates();
}
