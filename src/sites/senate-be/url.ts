// Which addresses are the Senate's written-question pages. Pure string work: the content script
// asks before it touches the DOM.

import type { PageLanguage } from './labels';

/** The Senate's domains: the extension's permissions cover them and their subdomains. */
export const DOMAINS: readonly string[] = ['senate.be', 'senaat.be'];

/** The hosts its question pages are on; nothing that merely contains them (senate.be.evil.com). */
export const HOSTS: readonly string[] = ['www.senate.be', 'senate.be', 'www.senaat.be', 'senaat.be'];
const HOST_SET = new Set(HOSTS);

/** MIval values (lower case, without a leading slash) of a question page, by variant. */
const PAGE_KINDS: ReadonlyArray<readonly [string, 'page' | 'print']> = [
  ['vragen/schriftelijkevraag', 'page'],
  ['vragen/svprint', 'print'],
];

export interface QuestionUrl {
  legislature: number;
  number: number;
  lang: PageLanguage | null;
  variant: 'page' | 'print';
}

function queryParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    key = key.trim().toLowerCase();
    if (!params.has(key)) params.set(key, value.trim());
  }
  return params;
}

/** Legislature, number, language and variant of a question page's address; null for any other. */
export function parseQuestionUrl(url: string): QuestionUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!HOST_SET.has(parsed.hostname.toLowerCase())) return null;
  const params = queryParams(parsed.search);
  const mival = (params.get('mival') ?? '').toLowerCase().replace(/^\/+/, '');
  const kind = PAGE_KINDS.find(([name]) => name === mival);
  if (!kind) return null;
  const leg = params.get('leg') ?? '';
  const nr = params.get('nr') ?? '';
  if (!/^\d{1,2}$/.test(leg) || !/^\d{1,5}$/.test(nr)) return null;
  const langValue = (params.get('lang') ?? '').toLowerCase();
  const lang = langValue === 'fr' || langValue === 'nl' ? langValue : null;
  return { legislature: Number(leg), number: Number(nr), lang, variant: kind[1] };
}

export function isCandidateUrl(url: string): boolean {
  return parseQuestionUrl(url) !== null;
}

/** The address of a written question's ordinary page: "7-1649" in French on www.senate.be, in
 * Dutch on www.senaat.be. Null for an id that is not "legislature-number". */
export function buildQuestionUrl(questionId: string, lang: PageLanguage): string | null {
  const m = /^(\d{1,2})-(\d{1,5})$/.exec(questionId.trim());
  if (!m) return null;
  const host = lang === 'nl' ? 'www.senaat.be' : 'www.senate.be';
  return `https://${host}/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=${m[1]}&NR=${m[2]}&LANG=${lang}`;
}
