// A question's whole life as the Senate prints it: every chronology row kept (sent, answered,
// closed, lapsed, resubmitted, any other), and the legislatures as data, so that a question of an
// ended legislature with no answer is known to have lapsed even when its page does not say so.

import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { flatten } from '../../../src/core/text';
import { analyse } from '../../../src/core/analyse';
import { senateBe } from '../../../src/sites/senate-be';
import { endedBy, LEGISLATURES, legislature } from '../../../src/sites/senate-be/legislatures';

function read(html: string, today = '2026-11-28', url: string | null = null) {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const flat = flatten(document.body);
  const reading = senateBe.read(flat, url, today);
  return { reading, analysis: analyse(flat.text, reading, { today }) };
}

const nl = (leg: number, rows: string, asked = '15 september 2011') =>
  `<h2>Schriftelijke vraag nr. ${leg}-3120</h2><p>van Bert Anciaux (sp.a) d.d. ${asked}</p><p>aan de minister van Justitie</p>` +
  `<p>Gevangenissen</p><h3>Chronologie</h3><table>${rows}</table>` +
  `<p>Vraag nr. ${leg}-3120 d.d. ${asked} : (Vraag gesteld in het Nederlands)</p><p>1) Hoeveel gedetineerden?</p><p>2) Waarom?</p>`;
const row = (date: string, text: string) => `<tr><td>${date}</td><td>${text}</td></tr>`;

describe('the legislatures', () => {
  it('hold the Senate\'s dates, one after the other, the eighth still running', () => {
    expect(LEGISLATURES.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(legislature(5)).toEqual({ number: 5, start: '2010-06-13', end: '2014-04-28' });
    expect(legislature(7)?.end).toBe('2024-05-09');
    expect(legislature(8)).toEqual({ number: 8, start: '2024-06-09', end: null });
    for (let i = 1; i < LEGISLATURES.length; i++) expect(LEGISLATURES[i]!.start > LEGISLATURES[i - 1]!.end!).toBe(true);
  });
  it('say when one ended by a given day', () => {
    expect(endedBy(7, '2026-11-28')).toBe('2024-05-09');
    expect(endedBy(7, '2024-05-08')).toBeNull();
    expect(endedBy(8, '2026-11-28')).toBeNull();
    expect(endedBy(null, '2026-11-28')).toBeNull();
  });
});

describe('every chronology row', () => {
  it('reads closed and resubmitted rows, and words the closing in the timeliness', () => {
    const { reading, analysis } = read(
      nl(5, row('28/11/2011', 'Verzending vraag (Einde van de antwoordtermijn: 2/1/2012)') + row('7/12/2011', 'Dossier gesloten') +
        row('7/12/2011', 'Heringediend als : schriftelijke vraag 5-4712'), '28 november 2011'),
    );
    expect(reading.meta.events.map((e) => e.kind)).toEqual(['sent', 'closed', 'resubmitted']);
    expect(reading.meta).toMatchObject({ closedOn: '2011-12-07', lapsedOn: null, lapseInferred: false, resubmittedAs: '5-4712' });
    expect(analysis.items.map((i) => i.status)).toEqual(['unanswered', 'unanswered']);
    expect(analysis.items[0]!.reasons[0]!.code).toBe('no-answer-closed');
    expect(analysis.timeliness.verdict).toBe('closed');
    expect(analysis.timeliness.reason).toBe('Closed on 2011-12-07 without an answer, 9 days after it was sent, before the deadline of 2012-01-02; resubmitted as 5-4712.');
  });

  it('reads the end of the legislature in Dutch, both wordings, as a lapse', () => {
    for (const words of ['Einde van de zittingsperiode', 'Einde van de legislatuur']) {
      const { reading, analysis } = read(nl(5, row('15/9/2011', 'Verzending vraag') + row('28/4/2014', words)));
      expect(reading.meta.events[1]).toEqual({ date: '2014-04-28', kind: 'lapsed', text: words });
      expect(reading.meta).toMatchObject({ lapsedOn: '2014-04-28', lapseInferred: false });
      expect(analysis.timeliness.verdict).toBe('lapsed');
      expect(analysis.items[0]!.status).toBe('unanswered');
      expect(analysis.items[0]!.reasons[0]!.code).toBe('no-answer-lapsed');
    }
  });

  it('reads a French resubmission in either wording', () => {
    for (const words of ['Redéposée comme : question écrite 6-12', 'Réintroduite en tant que question écrite 6-12']) {
      const { reading } = read(
        '<h2>Question écrite n° 5-77</h2><p>de Cécile Thibaut (Ecolo) du 2 juillet 2013</p><p>à la ministre de la Justice</p><p>Prisons</p>' +
          `<h3>Chronologie</h3><table>${row('2/7/2013', 'Envoi question')}${row('28/4/2014', 'Fin de la législature')}${row('28/4/2014', words)}</table>` +
          '<p>Question n° 5-77 du 2 juillet 2013 :</p><p>1) Combien ?</p>',
      );
      expect(reading.meta.events.map((e) => e.kind)).toEqual(['sent', 'lapsed', 'resubmitted']);
      expect(reading.meta.resubmittedAs).toBe('6-12');
    }
  });

  it('keeps an unknown row as "other", with its text, and goes on reading', () => {
    const { reading } = read(nl(7, row('15/9/2021', 'Verzending vraag') + row('3/10/2021', 'Herinnering verstuurd') + row('4/11/2021', 'Antwoord'), '15 september 2021'));
    expect(reading.meta.events).toEqual([
      { date: '2021-09-15', kind: 'sent', text: 'Verzending vraag' },
      { date: '2021-10-03', kind: 'other', text: 'Herinnering verstuurd' },
      { date: '2021-11-04', kind: 'answered', text: 'Antwoord' },
    ]);
  });
});

describe('a question of an ended legislature with no answer', () => {
  it('has lapsed with it, though the page does not say so', () => {
    const { reading, analysis } = read(nl(7, row('12/3/2024', 'Verzending vraag (Einde van de antwoordtermijn: 18/4/2024)'), '12 maart 2024'));
    expect(reading.meta).toMatchObject({ lapsedOn: '2024-05-09', lapseInferred: true, closedOn: null });
    expect(analysis.items.map((i) => i.status)).toEqual(['unanswered', 'unanswered']);
    expect(analysis.timeliness).toMatchObject({ verdict: 'lapsed', days: 21, unansweredAfterDays: 58 });
  });
  it('is still awaiting when read before the legislature ended', () => {
    const { reading, analysis } = read(nl(7, row('12/3/2024', 'Verzending vraag (Einde van de antwoordtermijn: 18/4/2024)'), '12 maart 2024'), '2024-04-01');
    expect(reading.meta.lapsedOn).toBeNull();
    expect(analysis.items.map((i) => i.status)).toEqual(['awaiting', 'awaiting']);
    expect(analysis.timeliness).toMatchObject({ verdict: 'awaiting', days: 17 });
  });
  it('of the running legislature stays overdue, not lapsed', () => {
    const { analysis } = read(nl(8, row('4/9/2025', 'Verzending vraag (Einde van de antwoordtermijn: 9/10/2025)'), '4 september 2025'));
    expect(analysis.items[0]!.status).toBe('awaiting');
    expect(analysis.timeliness).toMatchObject({ verdict: 'overdue', days: 415 });
  });
  it('is not inferred to have lapsed when it is dated after its legislature ended', () => {
    const { reading } = read(nl(7, row('3/10/2024', 'Verzending vraag (Einde van de antwoordtermijn: 7/11/2024)'), '3 oktober 2024'));
    expect(reading.meta.lapsedOn).toBeNull();
  });
});
