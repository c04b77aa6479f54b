// The panel tells a question that will never be answered from one still awaiting: its cards, its
// verdict, the end of its timeline strip, and the question it was resubmitted as, in the catalogs'
// words.

import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderCard } from '../../src/panel/card';
import { renderHead } from '../../src/panel/head';
import { verdictText } from '../../src/panel/format';
import { STATUS_MESSAGE, STATUS_ORDER } from '../../src/panel/status';
import { timelineShape } from '../../src/panel/timeline';
import { translator } from '../../src/panel/catalogs';
import { buildQuestionUrl } from '../../src/sites/senate-be/url';
import { analyseFixture, FIXTURE_TODAY } from '../helpers/fixtures';

const doc = () => parseHTML('<html><body></body></html>').document as unknown as Document;
const actions = { show: () => {}, copy: () => {} };

describe('a question that will never be answered, in the panel', () => {
  it('has its own status, worded in the three catalogs', () => {
    expect(STATUS_ORDER).toContain('unanswered');
    expect(translator('en')(STATUS_MESSAGE.unanswered)).toBe('unanswered');
    expect(translator('fr')(STATUS_MESSAGE.unanswered)).toBe('sans réponse');
    expect(translator('nl')(STATUS_MESSAGE.unanswered)).toBe('onbeantwoord');
  });

  it('shows a closed question\'s cards as never answered, its verdict, and a link to the resubmitted question', () => {
    const { analysis } = analyseFixture('unanswered-closed');
    const t = translator('nl');
    const el = renderCard(doc(), analysis.items[0]!, t, actions);
    expect(el.querySelector('.answer-none')!.textContent).toBe('Er is geen antwoord gegeven, en er komt er geen meer.');
    expect(el.querySelector('.confidence')).toBeNull();
    expect(verdictText(t, analysis.timeliness)).toEqual({ text: 'Gesloten zonder antwoord na 119 dagen', tone: 'bad' });
    const head = renderHead(doc(), analysis, t, 'nl', FIXTURE_TODAY, { questionLink: (id) => buildQuestionUrl(id, 'nl') });
    const fields = [...head.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(fields).toContain('Gesloten op: 12 januari 2012');
    expect(fields).toContain('Heringediend als: 5-4712');
    const link = head.querySelector('dd.resubmitted a')!;
    expect(link.getAttribute('href')).toBe(buildQuestionUrl('5-4712', 'nl'));
    expect(head.querySelector('.timeline .point-closed')).not.toBeNull();
    expect(head.querySelector('.timeline .point-today')).toBeNull();
  });

  it('ends the strip of a lapsed question at the lapse, and words the lapse', () => {
    const { analysis } = analyseFixture('lapsed-fr-5');
    const t = translator('fr');
    expect(verdictText(t, analysis.timeliness).text).toBe('Caduque sans réponse à la fin de la législature, après 300 jours');
    const shape = timelineShape(analysis.question, FIXTURE_TODAY)!;
    expect(shape.points.map((p) => [p.kind, p.date])).toEqual([['asked', '2013-07-02'], ['lapsed', '2014-04-28']]);
    const head = renderHead(doc(), analysis, t, 'fr', FIXTURE_TODAY);
    expect([...head.querySelectorAll('dt')].map((dt) => dt.textContent)).toContain('Caduque le');
  });

  it('counts the lateness of a lapsed question to the lapse on the strip', () => {
    const shape = timelineShape({ askedOn: '2024-03-12', deadline: '2024-04-18', answeredOn: null, lapsedOn: '2024-05-09' }, '2026-11-28')!;
    expect(shape.points.map((p) => p.kind)).toEqual(['asked', 'deadline', 'lapsed']);
    expect(shape.points[2]!.position).toBe(1);
    expect(shape.lateFrom).toBeCloseTo(37 / 58, 5);
  });
});
