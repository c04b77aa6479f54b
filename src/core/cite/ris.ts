// An RIS record of the question, typed HEAR, like the CSL-JSON record's `hearing` (see
// csl-json.ts for why a written question with its answer is closest to a hearing).
//
// RIS (Research Information Systems format): one field per line, "XX  - value" (two-character
// tag, two spaces, hyphen, space), TY first, ER last with an empty value, lines ended by CR LF.
// Dates are "YYYY/MM/DD/" in DA, the year alone in PY. Tags are chosen as Zotero's RIS import
// reads them for a hearing: T3 legislative body, ET session, M1 document number, PB publisher,
// CY place, N1 note, KW one keyword per line, AU "Family, Given".

import type { CitationRecord } from './record';

const CRLF = '\r\n';

function risLine(tag: string, value: string): string {
  // A value must stay on its line: RIS has no continuation syntax that every reader accepts.
  return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

function risDate(iso: string): string {
  const [y, m = '', d = ''] = iso.split('-');
  return `${y}/${m}/${d}/`;
}

export function toRis(record: CitationRecord): string {
  const lines: string[] = [risLine('TY', 'HEAR'), risLine('TI', record.title)];
  for (const author of record.authors) lines.push(risLine('AU', author.given ? `${author.family}, ${author.given}` : author.family));
  if (record.askedOn) {
    lines.push(risLine('DA', risDate(record.askedOn)));
    lines.push(risLine('PY', record.askedOn.slice(0, 4)));
  }
  lines.push(risLine('T3', record.institution));
  if (record.session) lines.push(risLine('ET', record.session));
  if (record.number) lines.push(risLine('M1', record.number));
  lines.push(risLine('PB', record.institution));
  lines.push(risLine('CY', record.place));
  lines.push(risLine('LA', record.languageCode));
  if (record.url) lines.push(risLine('UR', record.url));
  for (const keyword of record.keywords) lines.push(risLine('KW', keyword));
  lines.push(risLine('N1', record.note));
  lines.push('ER  - ');
  return lines.join(CRLF) + CRLF;
}
