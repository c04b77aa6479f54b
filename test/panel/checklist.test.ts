// The checklist the panel opens on: one row per sub-question with its status and, for what is not
// answered, why in a few words; a row opens to its card, built only then.

import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import { REASON_CODES, type Analysis, type Item, type Language } from '../../src/core/model';
import { renderChecklist } from '../../src/panel/checklist';
import { translator } from '../../src/panel/catalogs';
import { panelEvents, type PanelContext } from '../../src/panel/context';
import { NO_SHORT_REASON, shortKey, shortReason } from '../../src/panel/short-reason';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';
import { analyseFixture, FIXTURE_TODAY } from '../helpers/fixtures';

const { analysis } = analyseFixture('7-1649-fr-paragraphs');

function checklist(a: Analysis = analysis, language: Language = 'fr') {
  const { document } = parseHTML('<html><body></body></html>');
  const doc = document as unknown as Document;
  const page = { show: vi.fn(), light: vi.fn(), copy: vi.fn(async () => true), questionLink: () => null };
  const ctx: PanelContext = {
    doc,
    analysis: a,
    language,
    t: translator(language),
    today: FIXTURE_TODAY,
    settings: DEFAULT_SETTINGS,
    page,
    events: panelEvents(),
    form: 'senate',
    announce: () => {},
    confirmCopy: () => {},
  };
  const el = renderChecklist(ctx);
  doc.body.append(el);
  const row = (label: string) => el.querySelector<HTMLElement>(`li.item[data-label="${label}"]`)!;
  const button = (label: string) => row(label).querySelector<HTMLButtonElement>('button.row')!;
  return { el, ctx, page, row, button };
}

describe('the checklist', () => {
  it('has one row per sub-question of 7-1649, with its status and why it is not answered, in French', () => {
    const { el, row } = checklist();
    const rows = [...el.querySelectorAll('li.item')];
    expect(rows.map((r) => r.getAttribute('data-label'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(analysis.items.map((i) => i.status));
    expect(row('4').querySelector('.badge')!.textContent).toBe('éludé');
    expect(row('4').querySelector('.row-reason')!.textContent).toBe('aucune donnée · s’adresser ailleurs');
    expect(row('5').querySelector('.row-reason')!.textContent).toBe('renvoie à 1');
    expect(row('3').querySelector('.row-reason')!.textContent).toMatch(/^2 questions sur 4 sans réponse/);
    expect(row('8').querySelector('.row-reason')!.textContent).toBe('1 question sur 3 sans réponse');
    // An answered row says nothing more; every row starts with the sub-question's first words.
    expect(row('1').querySelector('.row-reason')).toBeNull();
    expect(row('4').querySelector('.row-text')!.textContent).toMatch(/^Selon le journal Le Soir/);
  });

  it('words the short reasons in Dutch and English too', () => {
    const item = (label: string) => analysis.items.find((i) => i.label === label)!;
    expect(shortReason(item('5'), translator('nl'))).toBe('verwijst naar 1');
    expect(shortReason(item('4'), translator('nl'))).toBe('geen gegevens · elders navragen');
    expect(shortReason(item('5'), translator('en'))).toBe('refers to 1');
    expect(shortReason(item('8'), translator('en'))).toBe('1 of 3 questions unanswered');
    expect(shortReason(item('1'), translator('en'))).toBeNull();
  });

  it('has a short reason for every reason code that says what is missing, in every catalog', () => {
    for (const language of ['en', 'fr', 'nl'] as const) {
      const catalog = { en, fr, nl }[language] as Record<string, { message: string } | undefined>;
      for (const code of REASON_CODES) {
        if (NO_SHORT_REASON.test(code) || ['refers-to', 'refers-question', 'unaddressed-interrogatives'].includes(code)) continue;
        expect(catalog[shortKey(code)]?.message, `${language} ${shortKey(code)}`).toBeTruthy();
      }
    }
  });

  it('builds a card only when its row is opened, and shows the pair in the page then', async () => {
    const { el, page, row, button } = checklist();
    expect(el.querySelectorAll('.card')).toHaveLength(0);
    expect(button('4').getAttribute('aria-expanded')).toBe('false');
    button('4').click();
    expect(button('4').getAttribute('aria-expanded')).toBe('true');
    expect(page.show).toHaveBeenCalledWith(analysis.items[3], 'both');
    await vi.waitFor(() => expect(row('4').querySelector('.card')).not.toBeNull());
    const card = row('4').querySelector('.card')!;
    expect(card.id).toBe(button('4').getAttribute('aria-controls'));
    expect(card.querySelector('.evidence')!.textContent).toContain('Aucune information disponible');
    expect(el.querySelectorAll('.card')).toHaveLength(1);
    button('4').click();
    expect(card.hasAttribute('hidden')).toBe(true);
    expect(button('4').getAttribute('aria-expanded')).toBe('false');
  });

  it('opens and closes every row at once for a reviewer', async () => {
    const { el } = checklist();
    const all = el.querySelector<HTMLButtonElement>('button.expand-all')!;
    expect(all.textContent).toBe('Tout déplier');
    all.click();
    await vi.waitFor(() => expect(el.querySelectorAll('.card:not([hidden])')).toHaveLength(8));
    expect(all.textContent).toBe('Tout replier');
    all.click();
    expect(el.querySelectorAll('.card:not([hidden])')).toHaveLength(0);
  });

  it('keeps only what needs attention when asked, and a mark in the page still opens any row', async () => {
    const { el, ctx, row, button } = checklist();
    const box = el.querySelector<HTMLInputElement>('input.filter-attention')!;
    box.checked = true;
    box.dispatchEvent(new (el.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('change'));
    expect(row('1').hasAttribute('hidden')).toBe(true);
    expect(row('4').hasAttribute('hidden')).toBe(false);
    ctx.events.emit('reveal', '1');
    expect(row('1').hasAttribute('hidden')).toBe(false);
    expect(button('1').getAttribute('aria-expanded')).toBe('true');
    ctx.events.emit('light', '5');
    expect([...el.querySelectorAll('li.lit')].map((r) => r.getAttribute('data-label'))).toEqual(['5']);
  });

  it('costs one row per sub-question and no card, however many there are', () => {
    const items: Item[] = Array.from({ length: 1000 }, (_, i) => ({ ...analysis.items[i % 8]!, label: String(i + 1) }));
    const { el } = checklist({ ...analysis, items });
    expect(el.querySelectorAll('li.item')).toHaveLength(1000);
    expect(el.querySelectorAll('.card, .why, .interrogative')).toHaveLength(0);
  });

  it('says so when the page has no sub-question', () => {
    const { el } = checklist({ ...analysis, items: [] });
    expect(el.textContent).toBe(translator('fr')('noItems'));
  });
});
