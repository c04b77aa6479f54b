// What to fetch: ids, a range of numbers and list files become one list of pages, each with its
// Senate address (what the saved page will say it is) and the address it is fetched from (the
// same, or the same path on --base). Ids and addresses are read by the site unit, so the grammar of
// a Senate question id lives in one place.

import { readFile } from 'node:fs/promises';
import { siteById } from '../../sites/registry';
import type { Site } from '../../sites/site';
import { UsageError } from '../args';
import type { FetchLanguage, NumberRange } from './args';

export const SITE_ID = 'senate-be';

export function senateSite(): Site {
  const site = siteById(SITE_ID);
  if (!site) throw new Error(`the site unit "${SITE_ID}" is not registered`);
  return site;
}

export interface Target {
  /** The site's id of the question, normalised: "7-1649". */
  questionId: string;
  legislature: number;
  language: FetchLanguage;
  /** The page's address on the Senate's site; the saved page carries it. */
  url: string;
  /** Where the page is fetched from: `url`, or its path and query on --base. */
  fetchUrl: string;
  /** Asked for by name (a 404 is then a failure), not found in a range (where a 404 is a gap). */
  explicit: boolean;
}

/** How a page is named to the user and on disk: "7-1649-fr". */
export function targetLabel(target: Pick<Target, 'questionId' | 'language'>): string {
  return `${target.questionId}-${target.language}`;
}

/** A question named by the user: its id and, when an address said so, its language. */
export interface QuestionRef {
  questionId: string;
  language: FetchLanguage | null;
}

export interface TargetRequest {
  ids: readonly string[];
  listFiles: readonly string[];
  range: NumberRange | null;
  languages: readonly FetchLanguage[];
  base: string | null;
}

/** Reads "7-1649", "07-01649" or a Senate question address (ordinary or print page); null when it
 * is none of these. */
export function readQuestionRef(text: string, site: Site = senateSite()): QuestionRef | null {
  const trimmed = text.trim();
  const isAddress = /^https?:\/\//i.test(trimmed);
  // The site builds an address from any id it accepts; reading that address back gives the id in
  // its one spelling (no leading zeros), so "07-01649" and "7-1649" are the same page on disk.
  const built = isAddress ? trimmed : site.questionUrl(trimmed, 'fr');
  const address = built ? site.parseQuestionUrl(built) : null;
  if (!address) return null;
  // Legislature 0 or number 0 fits the pattern but names no question.
  const [legislature, number] = address.questionId.split('-').map(Number);
  if (!legislature || !number) return null;
  return { questionId: address.questionId, language: isAddress ? address.language : null };
}

/** The questions a list file names: one id or address a line; `#` starts a comment. A bad line is a
 * UsageError naming the file and the line. */
export function parseQuestionList(text: string, source: string, site: Site = senateSite()): QuestionRef[] {
  const refs: QuestionRef[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/^\uFEFF/, '').replace(/#.*$/, '').trim();
    if (content === '') return;
    const ref = readQuestionRef(content, site);
    if (!ref) throw new UsageError(`${source}:${index + 1}: "${shorten(content)}" is not a question id (7-1649) or a Senate question address`);
    refs.push(ref);
  });
  return refs;
}

/** The address of `url` on --base: its scheme and host replaced, the base's path put before its path. */
export function onBase(url: string, base: string): string {
  const page = new URL(url);
  return `${base.replace(/\/+$/, '')}${page.pathname}${page.search}`;
}

/** Every page to fetch, once each, in the order given: ids, then list files, then the range. */
export async function collectTargets(
  request: TargetRequest,
  readText: (file: string) => Promise<string> = (file) => readFile(file, 'utf8'),
  site: Site = senateSite(),
): Promise<Target[]> {
  const named: QuestionRef[] = [];
  for (const id of request.ids) {
    const ref = readQuestionRef(id, site);
    if (!ref) throw new UsageError(`"${shorten(id)}" is not a question id (7-1649) or a Senate question address`);
    named.push(ref);
  }
  for (const file of request.listFiles) {
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      throw new UsageError(`cannot read the list ${file}: ${fileErrorReason(error)}`);
    }
    const refs = parseQuestionList(text, file, site);
    if (refs.length === 0) throw new UsageError(`the list ${file} names no question`);
    named.push(...refs);
  }

  const targets = new Map<string, Target>();
  const add = (questionId: string, language: FetchLanguage, explicit: boolean) => {
    const url = site.questionUrl(questionId, language);
    if (!url) throw new UsageError(`"${questionId}" is not a question id (7-1649)`);
    const key = targetLabel({ questionId, language });
    const known = targets.get(key);
    if (known) {
      // Named and also in the range: named wins, so that its 404 is still a failure.
      known.explicit ||= explicit;
      return;
    }
    targets.set(key, {
      questionId,
      legislature: Number(questionId.split('-')[0]),
      language,
      url,
      fetchUrl: request.base ? onBase(url, request.base) : url,
      explicit,
    });
  };
  for (const ref of named) {
    for (const language of ref.language ? [ref.language] : request.languages) add(ref.questionId, language, true);
  }
  if (request.range) {
    const { legislature, from, to } = request.range;
    for (let number = from; number <= to; number++) {
      for (const language of request.languages) add(`${legislature}-${number}`, language, false);
    }
  }
  return [...targets.values()];
}

function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return code ?? 'cannot be read';
}

/** Keeps a one-line message one line, and short, whatever the user typed. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
