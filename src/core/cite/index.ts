// Citations of a whole question or of one sub-question with its answer, as plain text and as HTML
// (the link kept), in the forms a writer pastes: the Senate's own wording, a Markdown link, a
// deep link that opens the page scrolled to the sub-question (a URL text fragment), the Belgian
// legal style, and the records reference managers import (BibTeX, RIS, CSL-JSON).

import type { Analysis, Item, Language } from '../model';
import { formatLongDate } from './dates';
import { toBibtex } from './bibtex';
import { toCslJson } from './csl-json';
import { legalCitation } from './legal';
import { citationRecord } from './record';
import { renderTemplate, type TemplateFields } from './render';
import { toRis } from './ris';
import { formatSession, parliamentarySession } from './session';
import { ITEM_WORDS, SENATE_TEMPLATES } from './templates';

export { renderTemplate } from './render';
export { formatLongDate } from './dates';
export { TEMPLATE_PLACEHOLDERS, validateTemplate, type TemplatePlaceholder } from './placeholders';
export { citationMetaTags, type MetaTag } from './meta-tags';
export { parliamentarySession, formatSession, secondTuesdayOfOctober, type ParliamentarySession } from './session';
export { splitPersonName, type PersonName } from './names';
export { citationRecord, type CitationRecord } from './record';
export { toBibtex, escapeBibtex } from './bibtex';
export { toRis } from './ris';
export { toCslItem, toCslJson, type CslItem } from './csl-json';

export const CITATION_FORMS = ['senate', 'markdown', 'deep-link', 'legal', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

/** Forms that are records for a reference manager rather than text for a reader. */
const RECORD_FORMS = ['bibtex', 'ris', 'csl-json'] as const;
type RecordForm = (typeof RECORD_FORMS)[number];
function isRecordForm(form: CitationForm): form is RecordForm {
  return (RECORD_FORMS as readonly string[]).includes(form);
}

export interface Citation {
  text: string;
  html: string;
}

function languageOf(analysis: Analysis, language?: Language | null): Language {
  return language ?? analysis.page.language ?? 'en';
}

/** The placeholders a template may use, filled for a question (and one of its items). */
export function citationFields(analysis: Analysis, language: Language, url: string | null, item?: Item): TemplateFields {
  const q = analysis.question;
  return {
    id: q.id,
    legislature: q.legislature !== null ? String(q.legislature) : null,
    number: q.number !== null ? String(q.number) : null,
    author: q.author,
    party: q.party,
    askedOn: formatLongDate(q.askedOn, language),
    answeredOn: formatLongDate(q.answeredOn, language),
    askedOnIso: q.askedOn,
    answeredOnIso: q.answeredOn,
    session: formatSession(parliamentarySession(q.askedOn), language),
    addressee: q.addressee,
    title: q.title,
    url,
    label: item?.label ?? null,
    status: item?.status ?? null,
  };
}

export function citeQuestion(analysis: Analysis, form: CitationForm, url: string | null, language?: Language | null): Citation {
  const lang = languageOf(analysis, language);
  if (isRecordForm(form)) return recordCitation(analysis, form, lang, url);
  if (form === 'legal') return link(legalCitation(citationFields(analysis, lang, url), lang), url, form);
  const text = renderTemplate(SENATE_TEMPLATES[lang].question, citationFields(analysis, lang, url));
  return link(text, url, form);
}

export function citeItem(analysis: Analysis, item: Item, form: CitationForm, url: string | null, language?: Language | null): Citation {
  const lang = languageOf(analysis, language);
  const target = url ? textFragmentUrl(url, item.question) : null;
  if (isRecordForm(form)) return recordCitation(analysis, form, lang, url, item, target);
  if (form === 'legal') return link(legalCitation(citationFields(analysis, lang, target, item), lang, true), target, form);
  const heading = renderTemplate(SENATE_TEMPLATES[lang].item, citationFields(analysis, lang, url, item));
  if (form === 'deep-link') return link(heading, target, form);

  const words = ITEM_WORDS[lang];
  const [open, close] = lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const answer = item.answer ?? words.noAnswer;
  if (form === 'markdown') {
    const title = target ? `[${escapeMarkdown(heading)}](${target})` : escapeMarkdown(heading);
    const text = `${title}\n\n> **${words.question}:** ${quoteLines(item.question)}\n>\n> **${words.answer}:** ${quoteLines(answer)}`;
    return { text, html: itemHtml(heading, target, words, item.question, answer) };
  }
  const text = `${heading}${target ? ` <${target}>` : ''}\n${words.question}: ${open}${item.question}${close}\n${words.answer}: ${item.answer ? `${open}${answer}${close}` : answer}`;
  return { text, html: itemHtml(heading, target, words, item.question, answer) };
}

function recordCitation(analysis: Analysis, form: RecordForm, language: Language, url: string | null, item?: Item, itemUrl?: string | null): Citation {
  const record = citationRecord(analysis, language, url, item, itemUrl);
  const text = form === 'bibtex' ? toBibtex(record) : form === 'ris' ? toRis(record) : toCslJson(record);
  return { text, html: `<pre>${escapeHtml(text)}</pre>` };
}

function link(text: string, url: string | null, form: CitationForm): Citation {
  if (!url) return { text, html: escapeHtml(text) };
  const html = `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
  if (form === 'markdown') return { text: `[${escapeMarkdown(text)}](${url})`, html };
  if (form === 'deep-link') return { text: url, html };
  return { text: `${text} <${url}>`, html };
}

function itemHtml(heading: string, target: string | null, words: { question: string; answer: string }, question: string, answer: string): string {
  const title = target ? `<a href="${escapeHtml(target)}">${escapeHtml(heading)}</a>` : escapeHtml(heading);
  return `<p>${title}</p><blockquote><p><strong>${escapeHtml(words.question)}:</strong> ${escapeHtml(question)}</p><p><strong>${escapeHtml(words.answer)}:</strong> ${escapeHtml(answer)}</p></blockquote>`;
}

/** A URL that opens the page scrolled to (and highlighting) the start of `text`, using a text
 * fragment (`#:~:text=`). The first words are enough to be found and short enough to survive
 * whitespace differences between our flat text and the browser's. */
export function textFragmentUrl(url: string, text: string, words = 8): string {
  const start = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, words).join(' ');
  const base = url.replace(/#.*$/, '');
  return `${base}#:~:text=${encodeFragmentText(start)}`;
}

function encodeFragmentText(s: string): string {
  // encodeURIComponent leaves "-" "," "&" alone, which the fragment syntax reserves.
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

function quoteLines(s: string): string {
  return s.replace(/\n+/g, '\n> ');
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\[\]])/g, '\\$1');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
