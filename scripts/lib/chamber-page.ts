// A Chamber question of ../shared/data (dekamer-2017*.json) laid out as the Senate's Dutch
// written-question page: the labels the Senate's reader anchors on ("Schriftelijke vraag nr.",
// "van … d.d.", "aan de", "Chronologie", "Vraag nr. … d.d. … :", "Antwoord ontvangen op … :")
// around the record's question and answer. The one place the scripts lay out such a page:
//
// - scripts/data-run.ts reads the bare layout: those labels and the texts, nothing else. Its answer
//   is labelled as received the day the question was asked, and the asker's name is as the extract
//   writes it ("Calomne, Gautier"). Its figures in the README were measured on exactly this page.
// - scripts/bench-audit.ts (and demo-audit.ts through it) writes the full layout: the page as the
//   Senate serves it and `fetch` saves it, with what the audit also reads: the site's menu and
//   footer, the print links, the keywords, a chronology with the deadline and the answer's row, the
//   asker's name turned ("Gautier Calomne"), the language the question was asked in. Its dates are
//   the caller's (the extract has none for the answers).

export interface ChamberRow {
  doc_id: string | number;
  depotdat: string;
  aut_party: string | null;
  aut_person: string | null;
  aut_language?: string | null;
  question: string;
  question_theme?: string | null;
  answer: string | null;
  answer_department: string | null;
}

/** Which layout, and for the full one the dates the extract does not give. */
export type ChamberLayout = { kind: 'bare' } | { kind: 'full'; deadline: Date; answeredOn: Date };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const LANGUAGES: Readonly<Record<string, string>> = { dutch: 'Nederlands', french: 'Frans', german: 'Duits' };

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (s: string) => s.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

/** The day `iso` (yyyy-mm-dd), `plus` days on; 1 January 2017 for a date that does not parse. */
export function day(iso: string, plus = 0): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  const base = Number.isNaN(d.getTime()) ? new Date('2017-01-01T00:00:00Z') : d;
  return new Date(base.getTime() + plus * 86_400_000);
}
const dutchDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const slashDate = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;

/** Whether the record has an answer: the extract writes "NA" where it has none. */
export function isAnswered(row: ChamberRow): boolean {
  return row.answer !== null && row.answer.trim() !== '' && row.answer.trim() !== 'NA';
}

/** "Calomne, Gautier" → "Gautier Calomne". */
function personName(raw: string | null): string {
  if (!raw) return 'Onbekend';
  const [last, first] = raw.split(',').map((s) => s.trim());
  return first ? `${first} ${last}` : raw.trim();
}

/** The page's HTML, for question `legislature`-`number`. */
export function chamberPageHtml(row: ChamberRow, legislature: number, number: number, layout: ChamberLayout): string {
  const full = layout.kind === 'full';
  const id = `${legislature}-${number}`;
  const [title, ...rest] = row.question.split('\n');
  const asked = dutchDate(day(row.depotdat));
  const answered = isAnswered(row);
  const bold = (s: string) => (full ? `<b>${s}</b>` : s);
  const print = `?MIval=Vragen/SVPrint&amp;LEG=${legislature}&amp;NR=${number}&amp;LANG=nl`;
  const lines = full
    ? [
        '<!DOCTYPE html>',
        `<html lang="nl"><head><meta charset="utf-8"><title>Belgische Senaat ${id}</title></head>`,
        '<body>',
        '<div class="menu"><a href="/www/?MIval=/index_senate&amp;LANG=nl">Belgische Senaat</a> <a href="/www/?MIval=/index_senate&amp;LANG=nl">Schriftelijke vragen</a></div>',
        '<div class="content">',
        `<p><a href="${print}">Tweetalige printerversie</a> <a href="${print}">Eentalige printerversie</a></p>`,
      ]
    : ['<html><body>', '<p>Tweetalige printerversie Eentalige printerversie</p>'];
  lines.push(
    `<h2>Schriftelijke vraag nr. ${id}</h2>`,
    `<p>van ${escapeHtml(full ? personName(row.aut_person) : (row.aut_person ?? 'Onbekend'))} (${escapeHtml(row.aut_party ?? '-')}) d.d. ${asked}</p>`,
    `<p>aan de ${escapeHtml(row.answer_department ?? 'minister')}</p>`,
    `<p><b>${escapeHtml(full ? (title ?? '').trim() : (title ?? ''))}</b></p>`,
  );
  if (full) {
    const keywords = (row.question_theme ?? '').split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
    lines.push(keywords.length > 0 ? `<p>${keywords.map(escapeHtml).join('<br>\n')}</p>` : '');
  }
  lines.push('<h3>Chronologie</h3>');
  if (full) {
    const sent = day(row.depotdat);
    lines.push(
      '<table>',
      `<tr><td>${slashDate(sent)}</td><td>Verzending vraag (Einde van de antwoordtermijn: ${slashDate(layout.deadline)})</td></tr>`,
      answered ? `<tr><td>${slashDate(layout.answeredOn)}</td><td>Antwoord</td></tr>` : '',
      '</table>',
    );
  }
  const language = LANGUAGES[row.aut_language ?? 'dutch'] ?? 'Nederlands';
  lines.push(`<p>${bold(`Vraag nr. ${id} d.d. ${asked} :${full ? ` (Vraag gesteld in het ${language})` : ''}`)}</p>`, paragraphs(rest.join('\n')));
  lines.push(answered ? `<p>${bold(`Antwoord ontvangen op ${full ? dutchDate(layout.answeredOn) : asked} :`)}</p>\n${paragraphs(row.answer!)}` : '');
  lines.push(...(full ? ['</div>', '<div class="footer">Contact | Sitemap</div>', '</body></html>', ''] : ['</body></html>']));
  return lines.join('\n');
}
