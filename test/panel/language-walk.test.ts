// Every rendered word in the reader's language (issue 11). The panel (every section, every card
// opened, every "show more" pressed), the popup and the options page are rendered in Node with
// linkedom in French, Dutch and English, for every Senate fixture; every text node and every
// title / aria-label / placeholder is collected, what comes from the page is taken out (the
// question's and answer's words, quotations, names, ids, dates), and what is left must not hold a
// sentence of another language's catalogs, nor an English function word in French or Dutch (nor a
// French or Dutch one in English). French strings must also keep their typography.

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import type { Analysis, ItemStatus, Language } from '../../src/core/model';
import { citeQuestion } from '../../src/core/cite';
import { renderOptions } from '../../src/options/page';
import { referenceAnalysis } from '../../src/options/reference-question';
import { PAGE_STRINGS, pageTranslator } from '../../src/options/strings';
import { translator } from '../../src/panel/catalogs';
import { mountPanel } from '../../src/panel/panel';
import { PANEL_SECTIONS } from '../../src/panel/sections';
import { attentionCount, countByStatus } from '../../src/panel/status';
import { renderPopup } from '../../src/popup/view';
import { SENATE_CITATION } from '../../src/sites/senate-be/citation';
import { buildQuestionUrl } from '../../src/sites/senate-be/url';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';
import { analyseFixture, FIXTURE_TODAY, fixtureCases } from '../helpers/fixtures';

const LANGUAGES: Language[] = ['fr', 'nl', 'en'];
const CATALOGS: Record<Language, Record<string, string>> = {
  en: { ...flat(en), ...PAGE_STRINGS.en },
  fr: { ...flat(fr), ...PAGE_STRINGS.fr },
  nl: { ...flat(nl), ...PAGE_STRINGS.nl },
};
function flat(catalog: Record<string, { message: string }>): Record<string, string> {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, v.message]));
}

/** Function words of one language that the others do not use ("is" and "of" are Dutch too). */
const STOP_WORDS: Record<Language, string[]> = {
  fr: ['the', 'of', 'is', 'not', 'found', 'no', 'and', 'with', 'has', 'been', 'this', 'which', 'was', 'answer', 'answered', 'deadline', 'days', 'could', 'read'],
  nl: ['the', 'not', 'found', 'no', 'and', 'with', 'has', 'been', 'this', 'which', 'answer', 'answered', 'deadline', 'days', 'could', 'read'],
  en: ['les', 'des', 'est', 'une', 'aucune', 'réponse', 'question écrite', 'het', 'een', 'niet', 'geen', 'antwoord', 'wordt', 'vraag', 'deelvraag'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

interface Foreign {
  test(text: string): boolean;
  what: string;
}

/** The other languages' messages a render in `language` must not show: each that differs from
 * every message of `language`; a one-word message only when it is the whole string. */
const foreignCache = new Map<Language, Foreign[]>();
function foreignMessages(language: Language): Foreign[] {
  const cached = foreignCache.get(language);
  if (cached) return cached;
  const own = new Set(Object.values(CATALOGS[language]).map((m) => norm(m).toLowerCase()));
  const out: Foreign[] = [];
  for (const other of LANGUAGES.filter((l) => l !== language)) {
    for (const [key, message] of Object.entries(CATALOGS[other])) {
      const text = norm(message);
      if (own.has(text.toLowerCase())) continue;
      const letters = text.replace(/\$\d/g, '').replace(/[^\p{L}]/gu, '');
      if (letters.length < 4) continue;
      const words = text.replace(/\$\d/g, ' ').split(/[^\p{L}’'-]+/u).filter(Boolean);
      const pattern = escape(text).replace(/\\\$\d/g, '.+?').replace(/ /g, '[\\s\\u00a0\\u202f]+');
      const re = words.length >= 2 ? new RegExp(`(?<!\\p{L})${pattern}(?!\\p{L})`, 'iu') : new RegExp(`^${pattern}[\\s\\u202f]*:?$`, 'iu');
      out.push({ test: (s) => re.test(s), what: `${other}.${key} "${text}"` });
    }
  }
  foreignCache.set(language, out);
  return out;
}

// ---- what comes from the page ----

/** Every string the analysis holds that the panel may show as is. */
function pageDerived(analysis: Analysis): string[] {
  const q = analysis.question;
  const strings: (string | null | undefined)[] = [q.id, q.author, q.party, q.addressee, q.title, q.resubmittedAs, ...q.keywords, ...q.alsoAskedTo, q.author && q.party ? `${q.author} (${q.party})` : null];
  for (const item of analysis.items) {
    strings.push(item.label, item.question, item.answer, ...item.groupedWith, ...item.unaddressed, item.refersTo?.text, item.refersTo?.label, item.refersTo?.questionId);
    for (const r of item.reasons) strings.push(r.evidence, ...(r.evidence?.split(' | ') ?? []));
    for (const i of item.interrogatives) strings.push(i.text, ...i.evidence);
  }
  return [...new Set(strings.filter((s): s is string => !!s && s.trim().length >= 2).map((s) => s.trim()))].sort((a, b) => b.length - a.length);
}

/** The string without the page's words in it, quotations and the first lines of a text included. */
function withoutPage(text: string, derived: readonly string[]): string {
  let s = text;
  if (derived.includes(text.trim())) return '';
  for (const d of derived) {
    // A single word of the page stands quoted, or alone: taking it out of the catalog's sentences
    // ("geen", "Belgische") would hide their words.
    if (!/\s/.test(d) && d.length < 15) continue;
    if (s.includes(d)) s = s.split(d).join(' ');
    // A text's first lines, cut with "…".
    if (d.length > 40) {
      const head = s.indexOf(d.slice(0, 40));
      if (head >= 0) s = s.slice(0, head) + ' ' + s.slice(s.indexOf('…', head) >= 0 ? s.indexOf('…', head) + 1 : s.length);
    }
  }
  // Quotations («…», “…”, "…") are the page's words.
  s = s.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
  // Dates (2/6/22) and numbers.
  s = s.replace(/\b\d+\/\d+\/\d+\b/g, ' ');
  return s;
}

/** Elements whose text is the page's or the reader's, or in a language of its own. */
const PAGE_TEXT = 'q, .question-text, .answer-text, .subject, .row-text, .row-label, .point-date, code, .meta-author, .author, #question-title, .form-preview, .preview, textarea, dd:not(.resubmitted)';

interface Found {
  where: string;
  text: string;
}

/** Every text node and title / aria-label / placeholder under `root`, in `language`. */
function collect(root: Element, language: Language, where: string): Found[] {
  const found: Found[] = [];
  const speaksOther = (el: Element | null) => {
    const tagged = el?.closest('[lang]');
    return !!tagged && tagged.getAttribute('lang') !== language;
  };
  const elements = [root, ...root.querySelectorAll('*')];
  for (const el of elements) {
    if (el.closest(PAGE_TEXT) || speaksOther(el) || el.matches('style, script')) continue;
    if (el.matches('option') && (el.getAttribute('value')?.startsWith('custom:') || el.closest('#setting-language'))) continue;
    for (const attr of ['title', 'aria-label', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) found.push({ where: `${where} ${el.localName}.${el.className || ''}[${attr}]`, text: value });
    }
    for (const node of el.childNodes) {
      if (node.nodeType === 3 && node.textContent!.trim()) found.push({ where: `${where} ${el.localName}.${el.className || ''}`, text: node.textContent! });
    }
  }
  return found;
}

/** What is wrong with one string of a render in `language`: a foreign message, a foreign function
 * word, or (French) a space before : ; ? ! that is not a narrow no-break one. */
function faults(found: Found[], language: Language, derived: readonly string[]): string[] {
  const foreign = foreignMessages(language);
  const stop = new RegExp(`(?<!\\p{L})(${STOP_WORDS[language].map(escape).join('|')})(?!\\p{L})`, 'iu');
  const out: string[] = [];
  for (const { where, text } of found) {
    const rest = withoutPage(text, derived);
    if (!/\p{L}/u.test(rest)) continue;
    const hit = foreign.find((f) => f.test(rest));
    if (hit) out.push(`${where}: "${text}" has ${hit.what}`);
    const word = stop.exec(rest);
    if (word) out.push(`${where}: "${text}" has the word "${word[1]}"`);
    if (language === 'fr' && /(^|[^\u202f])[:;?!]|«[^\u202f]|[^\u202f]»/u.test(rest)) out.push(`${where}: "${text}" misses a narrow no-break space`);
  }
  return [...new Set(out)];
}

// ---- rendering ----

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A document, with the one thing linkedom leaves out that the panel and the options page use: a
 * <select>'s value setter. */
function page(html: string): { doc: Document; window: typeof globalThis } {
  const { document, window } = parseHTML(html);
  const proto = (window as unknown as { HTMLSelectElement: { prototype: object } }).HTMLSelectElement.prototype;
  if (!Object.getOwnPropertyDescriptor(proto, 'value')?.set) {
    type Select = Element & { none?: boolean };
    const options = (select: Element) => [...select.querySelectorAll('option')];
    const valueOf = (o: Element) => o.getAttribute('value') ?? o.textContent ?? '';
    Object.defineProperty(proto, 'value', {
      configurable: true,
      get(this: Select) {
        if (this.none) return '';
        const all = options(this);
        const chosen = all.find((o) => o.hasAttribute('selected')) ?? all[0];
        return chosen ? valueOf(chosen) : '';
      },
      set(this: Select, value: string) {
        let found = false;
        for (const o of options(this)) {
          const on: boolean = !found && valueOf(o) === String(value);
          found ||= on;
          if (on) o.setAttribute('selected', '');
          else o.removeAttribute('selected');
        }
        this.none = !found;
      },
    });
  }
  return { doc: document as unknown as Document, window: window as unknown as typeof globalThis };
}

async function renderPanel(analysis: Analysis, language: Language, t = translator(language)): Promise<Element> {
  const { doc } = page('<html><body><div id="host"></div></body></html>');
  const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
  const view = mountPanel(
    shadow,
    {
      doc,
      analysis,
      language,
      t,
      today: FIXTURE_TODAY,
      settings: DEFAULT_SETTINGS,
      page: { show: () => {}, light: () => {}, copy: async () => true, questionLink: (id) => buildQuestionUrl(id, language === 'nl' ? 'nl' : 'fr') },
    },
    PANEL_SECTIONS,
    { side: 'right', resize: () => {}, close: () => {}, reopen: () => {} },
  );
  view.setMode('side', 360, 280, 600);
  // The warnings and the cards come from chunks loaded on demand: open every card, press every
  // "show more", and wait for them.
  for (let i = 0; i < 50 && view.root.querySelector('.warnings[hidden]'); i++) await flush();
  (view.root.querySelector('.expand-all') as HTMLButtonElement | null)?.click();
  for (let i = 0; i < 50 && view.root.querySelectorAll('.card').length < analysis.items.length; i++) await flush();
  expect(view.root.querySelectorAll('.card').length, 'every card is built').toBe(analysis.items.length);
  for (const more of view.root.querySelectorAll('button.more')) (more as HTMLButtonElement).click();
  return view.root;
}

function renderPopupView(analysis: Analysis | null, language: Language): Element {
  const { doc } = page('<html><body><main id="app"></main></body></html>');
  const root = doc.getElementById('app')!;
  const summary = analysis && {
    id: analysis.question.id,
    title: analysis.question.title,
    author: analysis.question.author,
    party: analysis.question.party,
    language,
    counts: Object.fromEntries(countByStatus(analysis.items)) as Partial<Record<ItemStatus, number>>,
    total: analysis.items.length,
    attention: attentionCount(analysis.items),
    open: true,
    citation: citeQuestion(SENATE_CITATION, analysis, 'senate', analysis.page.url, language),
  };
  renderPopup(doc, root, summary, language, pageTranslator(language), { toggle: async () => true, copy: async () => true, openOptions: () => {}, linkChips: false, setLinkChips: () => {} });
  return root;
}

function renderOptionsPage(language: Language): Element {
  const { doc } = page('<html><body><main id="app"></main></body></html>');
  doc.documentElement.setAttribute('lang', language);
  const root = doc.getElementById('app')!;
  // One template that is fine, one with an unknown placeholder (its check names it).
  const settings = { ...DEFAULT_SETTINGS, templates: [{ id: 'mine', name: 'Mine', template: '{id}/{label}: {status}' }, { id: 'typo', name: 'Typo', template: '{id} {oops}' }] };
  renderOptions(doc, root, settings, { t: pageTranslator(language), save: async () => true, typingDelay: 0 });
  return doc.documentElement;
}

// ---- the walk ----

const ANALYSES = new Map(fixtureCases().map((name) => [name, analyseFixture(name).analysis] as const));
const CASES = [...ANALYSES.keys()].filter((name) => ANALYSES.get(name)!.page.kind === 'written-question');

describe('every rendered word in the reader\'s language', () => {
  it('catches a sentence of another language and an English word, and spares the page\'s words', () => {
    const derived = ['Les personnes concernées savent-elles ?'];
    const sample = (text: string, language: Language) => faults([{ where: 'test', text }], language, derived);
    expect(sample('Illisible\u202f: No chronology found.', 'fr')).not.toEqual([]);
    expect(sample('Niet gelezen: The question is not numbered.', 'nl')).not.toEqual([]);
    expect(sample('Réponse dans le délai', 'en')).not.toEqual([]);
    expect(sample('Indices: x', 'fr')).not.toEqual([]);
    expect(sample('Sans trace\u202f: Les personnes concernées savent-elles ?', 'fr')).toEqual([]);
    expect(sample('Het antwoord neemt haar woorden over: “the”.', 'nl')).toEqual([]);
  });

  it('has question pages to walk', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it('fails a French panel with one English tooltip, and sees the tooltips and the warnings', async () => {
    const analysis = ANALYSES.get('7-1649-fr-print')!;
    const french = translator('fr');
    const english = translator('en');
    const leaky = ((key, ...subs) => (key === 'whySharedWords' ? english(key, ...subs) : french(key, ...subs))) as typeof french;
    const found = collect(await renderPanel(analysis, 'fr', leaky), 'fr', 'control');
    expect(found.some((f) => f.where.includes('[title]') && f.where.includes('interrogative'))).toBe(true);
    expect(found.some((f) => f.text === 'Aucune chronologie n’a été trouvée.')).toBe(true);
    expect(faults(found, 'fr', pageDerived(analysis)).join('\n')).toContain('The answer uses its words');
  });

  it.each(LANGUAGES)('in the panel, in %s, on every fixture', async (language) => {
    const problems: string[] = [];
    for (const name of CASES) {
      const analysis = ANALYSES.get(name)!;
      const root = await renderPanel(analysis, language);
      const found = collect(root, language, `${name} panel`);
      expect(found.length).toBeGreaterThan(20);
      problems.push(...faults(found, language, pageDerived(analysis)));
      // A card says each of its sentences once (an awaiting card said "No answer yet" twice).
      for (const card of root.querySelectorAll('.card')) {
        const sentences = [...card.querySelectorAll('p.answer-none, p.reason')].map((p) => p.firstChild?.textContent ?? '');
        const twice = sentences.filter((x, i) => sentences.indexOf(x) !== i);
        if (twice.length) problems.push(`${name} card ${card.getAttribute('data-label')}: "${twice[0]}" twice`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('in the popup, in %s, on a question page and elsewhere', (language) => {
    const problems: string[] = [];
    for (const name of CASES) {
      const analysis = ANALYSES.get(name)!;
      problems.push(...faults(collect(renderPopupView(analysis, language), language, `${name} popup`), language, pageDerived(analysis)));
    }
    problems.push(...faults(collect(renderPopupView(null, language), language, 'popup elsewhere'), language, []));
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('on the options page, in %s, placeholders and template checks included', (language) => {
    const root = renderOptionsPage(language);
    const found = collect(root, language, 'options');
    expect(found.filter((f) => f.where.includes('td')).length).toBe(15);
    expect(faults(found, language, pageDerived(referenceAnalysis().analysis))).toEqual([]);
    // The preview of a template with {status} speaks the citation's language (the reference page's, French).
    expect(root.querySelector('.preview-item')!.textContent).toBe('7-1649/4: éludé');
  });
});
