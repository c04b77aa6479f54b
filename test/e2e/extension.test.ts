// The extension in a real Chromium, on the engine's fixtures and our own pages served at their
// Senate addresses. One browser for the whole file: launching costs more than all checks together.

import { mkdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../src/sites/decode-html';
import { analysePage } from '../../src/sites/analyse-page';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  ROOT,
  missingBrowser,
  servedPages,
  tabIdOf,
  type ChromeInWorker,
  type ExtensionBrowser,
  type SiteServer,
  openSenateSite,
  closeSenateSite,
} from './harness';

const skipReason = missingBrowser();
// Each run's pictures, for a look after a failure (gitignored). The README's pictures in
// docs/screenshots are made on purpose with `npm run demo -- --screenshot FILE`.
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const pages = servedPages();
const urlOf = (name: string) => {
  const p = pages.get(name);
  if (!p) throw new Error(`page ${name} is not served`);
  return p.url;
};
const REFERENCE = '7-1649-fr-paragraphs';

/** "label:status" per item as the engine reads the page in Node, or null for a non-question. */
function engineReading(served: { file: string; url: string }): string[] | null {
  const { document } = parseHTML(decodeHtml(readFileSync(served.file)));
  const result = analysePage(document.body, { url: served.url });
  return result ? result.analysis.items.map((it) => `${it.label}:${it.status}`) : null;
}

describe.skipIf(skipReason !== null)(`extension in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let page: Page;

  const panel = (p: Page = page) => p.locator('question-lens-panel');
  /** A sub-question's row in the checklist; its card opens inside it. */
  const card = (label: string, p: Page = page): Locator => panel(p).locator(`li.item[data-label="${label}"]`);
  const rows = (p: Page = page) => panel(p).locator('li.item');
  /** Opens every row (the checklist's "expand all") and waits for the cards to be built. */
  async function expandAll(p: Page = page): Promise<void> {
    const n = await rows(p).count();
    await panel(p).locator('button.expand-all').click();
    await expect.poll(() => panel(p).locator('li.item > .card:not([hidden])').count()).toBe(n);
  }
  const inWorker = <T,>(fn: (arg: number) => Promise<T>, arg: number): Promise<T> => browser.worker.evaluate(fn, arg);

  async function open(name: string, p: Page = page): Promise<void> {
    server.use(pages.get(name)!);
    p.setDefaultTimeout(5_000);
    await p.goto(urlOf(name), { waitUntil: 'load' });
  }

  beforeAll(async () => {
    ({ server, browser } = await openSenateSite(pages));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.senate.be' });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await closeSenateSite({ server, browser });
  });

  it('shows the panel on the reference question with one row per sub-question and its status, each opening to its card', async () => {
    await open(REFERENCE);
    await expect.poll(() => rows().count()).toBe(8);
    const labels = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // The checklist comes first: the reasons in a few words, no card built yet, and at 1366 × 768
    // all of it fits without scrolling the panel.
    expect(await card('5').locator('.row-reason').textContent()).toBe('renvoie à 1');
    expect(await card('4').locator('.row-reason').textContent()).toBe('aucune donnée · s’adresser ailleurs');
    expect(await panel().locator('.card').count()).toBe(0);
    const body = await panel().locator('.body').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(body.scroll).toBeLessThanOrEqual(body.client);
    await expandAll();

    const head = panel().locator('header.head');
    await expect.poll(() => head.locator('h2').textContent()).toBe('Question écrite n° 7-1649');
    const headText = (await head.textContent()) ?? '';
    expect(headText).toContain('Els Ampe (Open Vld)');
    expect(headText).toContain('2 juin 2022');
    expect(headText).toContain('7 juillet 2022');
    expect(await head.locator('.verdict').textContent()).toContain('Réponse dans le délai');

    // "4) Aucune information disponible. Veuillez contacter Child Focus." declines to answer.
    expect(await card('4').getAttribute('data-status')).toBe('deflected');
    expect(await card('4').locator('.badge').textContent()).toBe('éludé');
    expect(await card('4').locator('.evidence').first().textContent()).toContain('Aucune information disponible');
    // "5) Seules les utilisations décrites au point 1) me sont connues." points to answer 1.
    expect(await card('5').getAttribute('data-status')).toBe('referred');
    expect(await card('5').locator('.refers').textContent()).toBe('Renvoie à la réponse à 1');
    expect(await card('1').getAttribute('data-status')).toBe('answered');
    expect(await card('1').locator('.answer-text').textContent()).toContain('Deux membres du service');
  });

  it('puts the attention count on the toolbar badge', async () => {
    const statuses = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const attention = statuses.filter((s) => s !== 'answered').length;
    expect(attention).toBeGreaterThanOrEqual(2); // 4 deflected and 5 referred at least
    const tabId = await tabIdOf(browser.worker, page.url());
    await expect
      .poll(() => inWorker((id) => (globalThis as unknown as { chrome: ChromeInWorker }).chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe(String(attention));
  });

  it('highlights sub-questions and answers in place with the CSS Custom Highlight API', async () => {
    const found = await page.evaluate(() => {
      const registry = CSS.highlights;
      const text = (name: string) => {
        const h = registry.get(name);
        return h ? [...h].map((r) => r.toString()) : [];
      };
      return { names: [...registry.keys()], deflected: text('ql-deflected'), referred: text('ql-referred') };
    });
    expect(found.names).toEqual(expect.arrayContaining(['ql-answered', 'ql-deflected', 'ql-referred']));
    expect(found.deflected.some((t) => t.startsWith('Selon le journal Le Soir'))).toBe(true);
    expect(found.deflected.some((t) => t.includes('Aucune information disponible. Veuillez contacter Child Focus.'))).toBe(true);
    // (the page may hold a non-breaking space before "1)")
    expect(found.referred.some((t) => /^Seules les utilisations décrites au point\s1\) me sont connues/.test(t))).toBe(true);
    // The page's own text is unchanged: no element was wrapped around it.
    const marks = await page.evaluate(() => document.body.querySelectorAll('mark, [data-question-lens-range]').length);
    expect(marks).toBe(0);
  });

  it('marks each sub-question and answer part beside the page, level with its text, outside the page', async () => {
    const marks = page.locator('question-lens-marks button.mark');
    await expect.poll(() => marks.count()).toBe(16);
    expect(await page.locator('question-lens-marks button.mark.question').first().getAttribute('aria-label')).toBe('Sous-question 1\u202f: répondu');
    expect(await page.locator('question-lens-marks button.mark.answer[data-label="4"]').getAttribute('aria-label')).toBe('Réponse à la sous-question 4\u202f: éludé');
    // Each stands in the strip between the page and the panel, level with its text's first line.
    const placed = await page.evaluate(() => {
      const root = document.querySelector('question-lens-marks')!.shadowRoot!;
      const mark = root.querySelector<HTMLElement>('.mark.question[data-label="7"]')!.getBoundingClientRect();
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('7) Selon vous'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const line = range.getClientRects()[0]!;
      const panel = document.querySelector('question-lens-panel')!.getBoundingClientRect();
      return { markMid: mark.top + mark.height / 2, lineMid: line.top + line.height / 2, markLeft: mark.left, markRight: mark.right, textRight: p.getBoundingClientRect().right, panelLeft: panel.left };
    });
    expect(Math.abs(placed.markMid - placed.lineMid)).toBeLessThan(4);
    expect(placed.markLeft).toBeGreaterThanOrEqual(placed.textRight);
    expect(placed.markRight).toBeLessThanOrEqual(placed.panelLeft);
    // Hovering a mark lights its pair and its row; clicking it opens the row.
    await page.evaluate(() => [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('5) Seules'))!.scrollIntoView({ block: 'center' }));
    await page.locator('question-lens-marks button.mark.answer[data-label="5"]').hover();
    expect(await page.locator('question-lens-marks button.mark.lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual(['5', '5']);
    expect(await card('5').getAttribute('class')).toContain('lit');
    await card('5').locator('button.row').click(); // closed …
    await page.locator('question-lens-marks button.mark.answer[data-label="5"]').click(); // … and opened by its mark
    expect(await card('5').locator('button.row').getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.label)).toBe('5');
    await page.mouse.move(0, 0);
  });

  it('makes room for the panel on a wide window, and dragging it wider never covers the page', async () => {
    const width = await panel().evaluate((el) => el.getBoundingClientRect().width);
    const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    expect(width).toBeGreaterThan(250);
    // The panel's width and the marks' strip.
    expect(margin).toBe(`${width + 24}px`);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-1366x768.png') });

    const handle = panel().locator('.resize');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(100, box.y + 200, { steps: 4 });
    await page.mouse.up();
    // Clamped where the page keeps 600 px: still beside it, never over it.
    const wide = await page.evaluate(() => ({
      panel: document.querySelector('question-lens-panel')!.getBoundingClientRect().width,
      page: window.innerWidth - parseFloat(getComputedStyle(document.documentElement).marginRight),
    }));
    expect(wide.page).toBe(600);
    expect(wide.panel).toBe(1366 - 600 - 24);
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(1366 - 600 - 24));
    const back = (await handle.boundingBox())!;
    await page.mouse.move(back.x + back.width / 2, back.y + 200);
    await page.mouse.down();
    await page.mouse.move(1366 - width, back.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => panel().evaluate((el) => el.getBoundingClientRect().width)).toBe(width);
  });

  it('scrolls to the sub-question when its card is clicked, and flashes it with its answer', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await card('7').locator('.question-text').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('7) Selon vous'));
          const top = p!.getBoundingClientRect().top;
          return top >= 0 && top < window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const flashed = await page.evaluate(() => [...(CSS.highlights.get('ql-flash') ?? [])].map((r) => r.toString().slice(0, 30)));
    expect(flashed).toEqual([expect.stringMatching(/^Selon vous, quels sont les ris/), expect.stringMatching(/^La reconnaissance faciale peut/)]);

    await card('7').locator('button.go-answer').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('7) La reconnaissance faciale'));
          const top = p!.getBoundingClientRect().top;
          return top >= 0 && top < window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('copies the citation of the whole question and of one sub-question, as text and HTML', async () => {
    const url = urlOf(REFERENCE);
    await panel().locator('button.copy-question').click();
    await expect.poll(() => panel().locator('button.copy-question').textContent()).toBe('✓ Copié');
    const whole = await page.evaluate(() => navigator.clipboard.readText());
    expect(whole).toBe(
      "Question écrite n° 7-1649 de Els Ampe (Open Vld) du 2 juin 2022 à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique, réponse reçue le 7 juillet 2022 " +
        `<${url}>`,
    );

    await card('4').locator('button.copy-item').click();
    // The visible confirmation on the button itself (the live region still says it from before).
    await expect.poll(() => card('4').locator('button.copy-item').textContent()).toBe('✓ Copié');
    expect(await panel().locator('.live').textContent()).toBe('Copié');
    const item = await page.evaluate(async () => {
      const [entry] = await navigator.clipboard.read();
      const text = await (await entry!.getType('text/plain')).text();
      const html = await (await entry!.getType('text/html')).text();
      return { text, html };
    });
    expect(item.text).toContain('Question écrite n° 7-1649 de Els Ampe (Open Vld) du 2 juin 2022, point 4');
    expect(item.text).toContain('Aucune information disponible. Veuillez contacter Child Focus.');
    expect(item.text).toContain('#:~:text=Selon%20le%20journal');
    expect(item.html).toContain('<a href="https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&amp;LEG=7&amp;NR=1649&amp;LANG=fr#:~:text=');
  });

  it('moves between rows with the arrow keys, keeps keys from the page, and closes to its edge tab', async () => {
    await page.evaluate(() => {
      (window as unknown as { pageKeys: number }).pageKeys = 0;
      document.addEventListener('keydown', () => (window as unknown as { pageKeys: number }).pageKeys++);
    });
    await card('2').locator('button.row').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.label)).toBe('3');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.label)).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);

    // Enter opens and closes a row.
    expect(await card('1').locator('button.row').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await card('1').locator('button.row').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await card('1').locator('button.row').getAttribute('aria-expanded')).toBe('true');

    // Escape (as ×) closes this page's panel, leaving the edge tab, which has the focus.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().locator('section.panel').isHidden()).toBe(true);
    expect(await panel().locator('button.edge-tab').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toContain('edge-tab');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('question-lens-marks').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    // The tab opens it again.
    await panel().locator('button.edge-tab').click();
    await expect.poll(() => panel().locator('section.panel').isVisible()).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('ql-deflected'))).toBe(true);
    await panel().locator('button.close').click();
    await expect.poll(() => panel().locator('section.panel').isHidden()).toBe(true);
  });

  it('toggles with the keyboard command and the toolbar popup, and stores no close', async () => {
    const tabId = await tabIdOf(browser.worker, page.url());
    type Api = { questionLens: { command(c: string, t: number): Promise<unknown> } };
    const stored = () =>
      inWorker(async () => (await (globalThis as unknown as { chrome: ChromeInWorker }).chrome.storage.local.get('ql.panel'))['ql.panel'], 0);
    const shown = () => panel().locator('section.panel').isVisible();

    // Closed by × in the previous test: for this page only, nothing stored says so.
    expect((await stored()) ?? {}).not.toHaveProperty('open');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');

    await inWorker((id) => (globalThis as unknown as Api).questionLens.command('toggle-panel', id), tabId);
    await expect.poll(shown).toBe(true);
    expect(await rows().count()).toBe(8);
    expect(await page.evaluate(() => CSS.highlights.has('ql-deflected'))).toBe(true);

    // The toolbar button opens the popup; its first button toggles the panel. (The popup is opened
    // as a page here, pointed at the question's tab: a headless browser has no toolbar to click.)
    const popup = await browser.context.newPage();
    try {
      await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('body').getAttribute('data-ready')).toBe('question');
      expect(await popup.locator('#toggle-panel').textContent()).toBe('Masquer le panneau');
      await popup.locator('#toggle-panel').click();
      await expect.poll(shown).toBe(false);
      expect(await panel().locator('button.edge-tab').isVisible()).toBe(true);
      expect(await popup.locator('#toggle-panel').textContent()).toBe('Afficher le panneau');

      await popup.locator('#toggle-panel').click();
      await expect.poll(shown).toBe(true);
      expect((await stored()) ?? {}).not.toHaveProperty('open');
    } finally {
      await popup.close();
    }

    // Closed with × here, the next question page opens with its panel all the same: the options
    // page's "automatically" holds. A reload mounts one panel.
    await panel().locator('button.close').click();
    await expect.poll(shown).toBe(false);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => rows().count()).toBe(8);
    await expect.poll(shown).toBe(true);
    expect(await panel().count()).toBe(1);
  });

  it('becomes a bottom sheet on a narrow window, never over the page, and closes to its edge tab', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await expect.poll(() => panel().evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(600);
    const sheet = await page.evaluate(() => {
      const host = document.querySelector('question-lens-panel')!.getBoundingClientRect();
      return { width: host.width, height: host.height, bodyBottom: document.body.getBoundingClientRect().bottom };
    });
    expect(sheet).toMatchObject({ width: 800, height: 300 });
    // The page scrolls above the sheet: its scroll box ends where the sheet begins.
    expect(sheet.bodyBottom).toBeLessThanOrEqual(600);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-800x900.png') });

    // Going to the answer keeps it in the part of the page that shows.
    await card('7').locator('button.row').click();
    await card('7').locator('button.go-answer').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('7) La reconnaissance faciale'));
          const r = p!.getBoundingClientRect();
          return r.top >= 0 && r.top < 600 - 20;
        }),
      )
      .toBe(true);

    await panel().locator('button.close').click();
    await expect.poll(() => panel().locator('section.panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.body.style.height)).toBe('');
    await panel().locator('button.edge-tab').click();
    await expect.poll(() => panel().evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(300);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => panel().evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(768);
  });

  it('speaks Dutch on a Dutch page', async () => {
    const nl = await browser.context.newPage();
    try {
      await open('7-1649-nl', nl);
      await expect.poll(() => rows(nl).count()).toBe(8);
      expect(await panel(nl).locator('header.head h2').textContent()).toBe('Schriftelijke vraag nr. 7-1649');
      expect(await panel(nl).locator('button.copy-question').textContent()).toBe('Citaat kopiëren');
      expect(await panel(nl).locator('section.panel').getAttribute('lang')).toBe('nl');
      expect(await panel(nl).locator('.verdict').textContent()).toBe('Tijdig beantwoord, na 35 dagen');
      // "5) ... beschreven in punt 1 ..." points to answer 1, said in Dutch.
      expect(await card('5', nl).locator('.row-reason').textContent()).toBe('verwijst naar 1');
      await expandAll(nl);
      expect(await card('5', nl).locator('.refers').textContent()).toBe('Verwijst naar het antwoord op 1');

      // Our own Dutch page: "3) Daarover zijn geen gegevens beschikbaar." declines; 4) has no answer.
      await open('nl-7-812', nl);
      await expect.poll(() => rows(nl).count()).toBe(4);
      await expandAll(nl);
      expect(await card('1', nl).locator('.badge').textContent()).toBe('beantwoord');
      expect(await card('3', nl).locator('.badge').textContent()).toBe('ontweken');
      expect(await card('4', nl).locator('.badge').textContent()).toBe('niet beantwoord');
      expect(await card('4', nl).locator('.answer-none').textContent()).toBe('Geen enkel deel van het antwoord gaat hierop in.');
      // Deadline 18/2/2021, answered 3/5/2021: 74 days late.
      expect(await panel(nl).locator('.verdict').textContent()).toBe('Beantwoord met 74 dagen vertraging');
    } finally {
      await nl.close();
    }
  });

  it('lists the sub-questions of a lapsed question as unanswered, of a pending one as awaiting', async () => {
    const p = await browser.context.newPage();
    try {
      await open('unanswered-overdue', p);
      await expect.poll(() => rows(p).count()).toBe(4);
      expect(await panel(p).locator('li.item .badge').allTextContents()).toEqual(Array(4).fill('onbeantwoord'));
      // Legislature 7 ended on 9/5/2024 with no answer: lapsed 58 days after it was asked, the
      // lapse at the end of the strip.
      expect(await panel(p).locator('.verdict').textContent()).toBe('Vervallen zonder antwoord aan het einde van de zittingsperiode, na 58 dagen');
      expect(await panel(p).locator('.timeline .point-lapsed').count()).toBe(1);

      await open('fr-7-2310-unanswered', p);
      await expect.poll(() => rows(p).count()).toBe(3);
      expect(await panel(p).locator('li.item .badge').allTextContents()).toEqual(['en attente', 'en attente', 'en attente']);
      expect(await card('1', p).locator('.row-reason').textContent()).toBe('pas encore de réponse');
      await expandAll(p);
      expect(await card('1', p).locator('.answer-none').textContent()).toBe('Aucune réponse n’a encore été publiée.');
      expect(await panel(p).locator('.verdict').textContent()).toMatch(/^En retard de \d+ jours$/);
    } finally {
      await p.close();
    }
  });

  it('leaves a Senate page that is not a written question alone', async () => {
    const p = await browser.context.newPage();
    try {
      await open('not-a-question', p);
      await p.waitForTimeout(500);
      expect(await panel(p).count()).toBe(0);
      expect(await p.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await p.evaluate(() => document.querySelectorAll('style[data-question-lens-highlights]').length)).toBe(0);
      expect(await p.evaluate(() => document.documentElement.hasAttribute('data-question-lens'))).toBe(false);
    } finally {
      await p.close();
    }
  });

  it('reads every fixture in the browser as the engine reads it in Node', async () => {
    const p = await browser.context.newPage();
    try {
      for (const served of pages.values()) {
        const expected = engineReading(served);
        await open(served.name, p);
        if (!expected) {
          await p.waitForTimeout(300);
          expect(await panel(p).count(), served.name).toBe(0);
          continue;
        }
        await expect.poll(() => rows(p).count(), { message: served.name }).toBe(expected.length);
        const got = await panel(p)
          .locator('li.item')
          .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-label')}:${e.getAttribute('data-status')}`));
        expect(got, served.name).toEqual(expected);
      }
    } finally {
      await p.close();
    }
  });

  it('wrote nothing to any page console', () => {
    expect(browser.errors).toEqual([]);
  });
});
