// A BibTeX entry of the question, written for biblatex with UTF-8 input (accents kept as they
// are) yet readable by classic BibTeX and by Zotero's BibTeX import.
//
// Entry type: @misc. A written question is neither a report (@techreport wants an institution's
// report series) nor a bill; @misc is the type every importer accepts without inventing fields.
// Zotero imports @misc with author, title, date, url; `howpublished` (not a URL) goes to Extra
// as "Published: …" and `note` becomes a child note, so the Senate, the number, the session, the
// addressee and the answer date all survive the import. biblatex reads `date`, `organization`,
// `number`, `langid` and `keywords` on @misc.
//
// Field order matters for Zotero: it appends `month` to a date it already has, but `date` replaces
// whatever came before, so `year` and `month` (for classic BibTeX) come before `date`.

import type { CitationRecord } from './record';
import { LANGUAGE_CODES } from './record-words';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The characters TeX gives a meaning to, as they must be written inside a braced field value. */
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}%&_#$~^]/g, (ch) => TEX_SPECIALS[ch] ?? ch);
}

/** "Ampe, Els"; a family name of several words ("Van den Bossche") is braced so that BibTeX
 * does not take "den" for a von-part: Belgians sort it whole, under V. */
function bibtexName(name: { family: string; given: string }): string {
  const family = escapeBibtex(name.family);
  const protectedFamily = /\s/.test(name.family) ? `{${family}}` : family;
  return name.given ? `${protectedFamily}, ${escapeBibtex(name.given)}` : protectedFamily;
}

/** Inside `url` (read verbatim by biblatex) only braces could break the entry. */
function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

export function toBibtex(record: CitationRecord): string {
  const fields: Array<[string, string | null]> = [];
  const braced = (s: string | null) => (s === null ? null : `{${s}}`);
  fields.push(['author', record.authors.length ? braced(record.authors.map(bibtexName).join(' and ')) : null]);
  // Double braces keep the French or Dutch title's capitals from English case-changing styles.
  fields.push(['title', `{{${escapeBibtex(record.title)}}}`]);
  const howpublished = [record.designation, record.institution, record.sessionPhrase].filter(Boolean).join(', ');
  fields.push(['howpublished', braced(escapeBibtex(howpublished))]);
  fields.push(['organization', braced(escapeBibtex(record.institution))]);
  fields.push(['number', record.number ? braced(escapeBibtex(record.number)) : null]);
  const parts = record.askedOn ? /^(\d{4})(?:-(\d{2}))?/.exec(record.askedOn) : null;
  fields.push(['year', parts?.[1] ? braced(parts[1]) : null]);
  const month = parts?.[2] ? MONTH_MACROS[Number(parts[2]) - 1] : undefined;
  fields.push(['month', month ?? null]);
  fields.push(['date', record.askedOn ? braced(record.askedOn) : null]);
  fields.push(['url', record.url ? braced(bibtexUrl(record.url)) : null]);
  fields.push(['langid', braced(LANGUAGE_CODES[record.language].babel)]);
  fields.push(['keywords', record.keywords.length ? braced(escapeBibtex(record.keywords.join(', '))) : null]);
  fields.push(['note', braced(escapeBibtex(record.note))]);
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    .map(([name, value]) => `  ${name} = ${value},`)
    .join('\n');
  return `@misc{${record.key},\n${body}\n}\n`;
}
