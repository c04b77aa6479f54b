// The site's own wording of a question or of one sub-question with its answer, as plain text and
// as HTML (the link kept), and its Markdown and deep-link renderings; with the template fields every
// form fills and the deep link's text fragment.

import type { Analysis, Item, ItemStatus, Language } from '../model';
import { formatLongDate } from './dates';
import type { Citation, WordingForm } from './forms';
import { renderTemplate, type TemplateFields } from './render';
import type { CitationProfile } from './profile';
import { formatSession, parliamentarySession } from './session';
import { ITEM_WORDS } from './templates';

export function languageOf(analysis: Analysis, language?: Language | null): Language {
  return language ?? analysis.page.language ?? 'en';
}

/** The words "{status}" is filled with, in the citation's language. Core holds no catalog: the
 * caller passes the panel catalogs' status names; without them the status code stands. */
export type StatusWords = Partial<Record<ItemStatus, string>>;

/** The placeholders a template may use, filled for a question (and one of its items). */
export function citationFields(profile: CitationProfile, analysis: Analysis, language: Language, url: string | null, item?: Item, statusWords?: StatusWords): TemplateFields {
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
    session: formatSession(parliamentarySession(q.askedOn, profile.sessions), language),
    addressee: q.addressee,
    title: q.title,
    url,
    label: item?.label ?? null,
    status: item ? (statusWords?.[item.status] ?? item.status) : null,
  };
}

export function wordQuestion(profile: CitationProfile, analysis: Analysis, form: WordingForm, url: string | null, language: Language): Citation {
  const text = renderTemplate(profile.own[language].question, citationFields(profile, analysis, language, url));
  return link(text, url, form);
}

export function wordItem(profile: CitationProfile, analysis: Analysis, item: Item, form: WordingForm, url: string | null, language: Language): Citation {
  const target = url ? textFragmentUrl(url, item.question) : null;
  const heading = renderTemplate(profile.own[language].item, citationFields(profile, analysis, language, url, item));
  if (form === 'deep-link') return link(heading, target, form);

  const words = ITEM_WORDS[language];
  const [open, close] = language === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const answer = item.answer ?? words.noAnswer;
  if (form === 'markdown') {
    const title = target ? `[${escapeMarkdown(heading)}](${target})` : escapeMarkdown(heading);
    const text = `${title}\n\n> **${words.question}:** ${quoteLines(item.question)}\n>\n> **${words.answer}:** ${quoteLines(answer)}`;
    return { text, html: itemHtml(heading, target, words, item.question, answer) };
  }
  const text = `${heading}${target ? ` <${target}>` : ''}\n${words.question}: ${open}${item.question}${close}\n${words.answer}: ${item.answer ? `${open}${answer}${close}` : answer}`;
  return { text, html: itemHtml(heading, target, words, item.question, answer) };
}

/** Text with its address: "text <url>", a Markdown link, or the bare deep link; HTML keeps the link. */
export function link(text: string, url: string | null, form: WordingForm | 'legal'): Citation {
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
