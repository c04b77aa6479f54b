// Is this a written-question page? Decided from the heading label only ("Question écrite n° 7-1649",
// "Schriftelijke vraag nr. 7-1649", print: "SÉNAT Question écrite …", "SENAAT Schriftelijke vraag …").

import { LABELS, LANGUAGES, NUMBER_SIGN, QUESTION_ID, type PageLanguage } from './labels';

export interface HeadingMatch {
  language: PageLanguage;
  index: number;
  end: number;
  legislature: number;
  number: number;
  /** The print version prefixes the heading with the assembly's name. */
  print: boolean;
}

function headingSource(lang: PageLanguage): string {
  const l = LABELS[lang];
  const words = l.heading.split(' ').join(String.raw`\s+`);
  return String.raw`(?:(${l.printHeadingPrefix})\s+)?${words}\s+${NUMBER_SIGN}\s*${QUESTION_ID}`;
}

const HEADING_RE: Record<PageLanguage, RegExp> = {
  fr: new RegExp(headingSource('fr'), 'iu'),
  nl: new RegExp(headingSource('nl'), 'iu'),
};

/** The first heading of each language in the text. */
export function findHeadings(text: string): HeadingMatch[] {
  const found: HeadingMatch[] = [];
  for (const language of LANGUAGES) {
    const m = HEADING_RE[language].exec(text);
    if (!m) continue;
    found.push({
      language,
      index: m.index,
      end: m.index + m[0].length,
      legislature: Number(m[2]),
      number: Number(m[3]),
      print: m[1] !== undefined,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

interface WalkNode {
  nodeType: number;
  nodeName: string;
  firstChild: WalkNode | null;
  nextSibling: WalkNode | null;
  parentNode: WalkNode | null;
  nodeValue: string | null;
}

const TEXT_NODES_LOOKED_AT = 300;
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

/** Looks at the first text nodes of the document only: the heading stands near the top. */
export function looksLikeQuestion(doc: Document): boolean {
  const root = (doc.body ?? doc.documentElement) as unknown as WalkNode | null;
  if (!root) return false;
  const parts: string[] = [];
  let seen = 0;
  let node: WalkNode | null = root.firstChild;
  while (node && seen < TEXT_NODES_LOOKED_AT) {
    let descend = false;
    if (node.nodeType === 3) {
      seen++;
      parts.push(node.nodeValue ?? '');
    } else if (node.nodeType === 1) {
      descend = !UNSEEN.has(node.nodeName.toUpperCase()) && node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  const text = parts.join(' ').replace(/[\s\u00a0\u202f]+/g, ' ');
  return findHeadings(text).length > 0;
}
