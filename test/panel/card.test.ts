import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderCard } from '../../src/panel/card';
import { translatorOf } from '../../src/panel/i18n';
import fr from '../../_locales/fr/messages.json';
import { analyseFixture } from '../helpers/fixtures';

const { analysis } = analyseFixture('7-1649-fr-paragraphs');
const t = translatorOf(fr);
const actions = { show: () => {}, copy: () => {} };

function card(label: string) {
  const { document } = parseHTML('<html><body></body></html>');
  const item = analysis.items.find((i) => i.label === label)!;
  return { item, el: renderCard(document as unknown as Document, item, t, actions) };
}

describe('a card shows the interrogatives weighed and how sure the verdict is', () => {
  it('lists the partial sub-question 3 interrogative by interrogative, in French', () => {
    const { item, el } = card('3');
    expect(item.status).toBe('partial');
    const rows = [...el.querySelectorAll('.interrogative')];
    expect(rows).toHaveLength(item.interrogatives.length);
    const open = rows.filter((r) => r.classList.contains('verdict-unaddressed')).map((r) => r.textContent);
    expect(open).toEqual(item.unaddressed.map((u) => `✗sans trace dans la réponse\u202f: ${u}`));
    expect(el.querySelector('.confidence')!.textContent).toBe(`Confiance\u202f: ${Math.round(item.confidence * 100)}\u202f%`);
  });

  it('shows the denial that makes "Si oui" not applicable on sub-question 1', () => {
    const { el } = card('1');
    const na = el.querySelector('.verdict-not-applicable')!;
    expect(na.textContent).toContain('sans objet\u202f: Si oui, pour quels services et pour quels montants ?');
    expect(na.querySelector('.evidence q')!.textContent).toBe('La police fédérale n’a acheté aucune licence de Clearview.');
  });

  it('puts page text in as text, never as markup', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const item = { ...analysis.items[0]!, interrogatives: [{ text: '<img src=x onerror=alert(1)>?', span: { start: 0, end: 1 }, verdict: 'unaddressed' as const, evidence: [], reason: 'x' }] };
    const el = renderCard(document as unknown as Document, item, t, actions);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.interrogative')!.textContent).toContain('<img src=x onerror=alert(1)>?');
  });
});

describe('a referred card says where it points', () => {
  it('names the sub-question pointed to on 7-1649 #5', () => {
    const { el } = card('5');
    expect(el.querySelector('.refers')!.textContent).toBe('Renvoie à la réponse à 1');
  });

  it('links a Senate question id to its page, and leaves a bare number as text', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const base = analysis.items.find((i) => i.label === '5')!;
    const toQuestion = { ...base, refersTo: { kind: 'question' as const, questionId: '5-7879', text: 'Je renvoie à ma réponse à la question écrite n° 5-7879.' } };
    const link = (id: string) => (/^\d+-\d+$/.test(id) ? `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=7879&LANG=fr` : null);
    const el = renderCard(document as unknown as Document, toQuestion, t, { ...actions, questionLink: link });
    const a = el.querySelector('.refers a')!;
    expect(a.getAttribute('href')).toBe('https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=7879&LANG=fr');
    expect(el.querySelector('.refers')!.textContent).toBe('Renvoie à la question 5-7879');
    const bare = renderCard(document as unknown as Document, { ...toQuestion, refersTo: { kind: 'question' as const, questionId: '242', text: 'zie vraag nr. 242' } }, t, { ...actions, questionLink: link });
    expect(bare.querySelector('.refers a')).toBeNull();
    expect(bare.querySelector('.refers')!.textContent).toBe('Renvoie à la question 242');
  });

  it('quotes the pointer for the registry', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const base = analysis.items.find((i) => i.label === '5')!;
    const el = renderCard(document as unknown as Document, { ...base, refersTo: { kind: 'registry' as const, text: 'peut être consultée au greffe' } }, t, actions);
    expect(el.querySelector('.refers')!.textContent).toBe('Renvoie ailleurs\u202f: peut être consultée au greffe');
  });
});
