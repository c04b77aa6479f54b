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
    expect(open).toEqual(item.unaddressed.map((u) => `✗sans trace dans la réponse: ${u}`));
    expect(el.querySelector('.confidence')!.textContent).toBe(`Confiance : ${Math.round(item.confidence * 100)} %`);
  });

  it('shows the denial that makes "Si oui" not applicable on sub-question 1', () => {
    const { el } = card('1');
    const na = el.querySelector('.verdict-not-applicable')!;
    expect(na.textContent).toContain('sans objet: Si oui, pour quels services et pour quels montants ?');
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
