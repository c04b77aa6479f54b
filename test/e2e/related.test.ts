// Related pages in a real Chromium (issue 12). A local server plays the Senate with the pages around
// the reference question at their real addresses: 7-1649 in French and Dutch, 7-1648 and 7-1650 put
// to other ministers, a list of the author's questions, a cited question the server does not have
// (404), one it never answers, one that is not a question and a windows-1252 one. The server counts
// the question pages asked at once and hears every TLS connection's host name.

import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension, launchWithExtension, missingBrowser, ROOT, servedPages, startSiteServer, type ExtensionBrowser, type SiteServer } from './harness';

const skipReason = missingBrowser();
const pages = servedPages();
const Q = (nr: number, lang = 'fr') => `https://www.${lang === 'nl' ? 'senaat' : 'senate'}.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=${nr}&LANG=${lang}`;
const LIST = pages.get('fr-list-ampe')?.url ?? '';
const SENATE_HOSTS = new Set(['www.senate.be', 'www.senaat.be']);
// Each run's pictures go to test-results (gitignored); QL_SCREENSHOTS=docs makes the README's.
const PICTURES = process.env.QL_SCREENSHOTS === 'docs' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');

interface SyncInWorker {
  chrome: { storage: { sync: { set(v: object): Promise<void>; clear(): Promise<void> }; local: { clear(): Promise<void> } } };
}

describe.skipIf(skipReason !== null)(`related pages in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let page: Page;
  /** Question pages asked, by address (path and query), in order. */
  const asked: string[] = [];
  let inFlight = 0;
  let peak = 0;
  const servernames = new Set<string>();
  /** Responses the server holds back (7-1777 never answers). */
  const held: ServerResponse[] = [];

  const panel = () => page.locator('question-lens-panel');
  const related = () => panel().locator('details.related');
  /** The sections are folded under one line each: open them as a reader would. */
  async function unfold(selector: string): Promise<void> {
    const section = panel().locator(selector);
    await expect.poll(() => section.count()).toBe(1);
    if ((await section.getAttribute('open')) === null) await section.locator(':scope > summary').click();
  }
  const askedFor = (nr: number) => asked.filter((a) => a.includes(`NR=${nr}&`)).length;

  beforeAll(async () => {
    buildExtension();
    // The reference at its French address is the paragraphs fixture (several variants share it).
    const served = [...pages.values()].filter((p) => !p.name.startsWith('7-1649-fr-') || p.name === '7-1649-fr-paragraphs');
    server = await startSiteServer(served, {
      onRequest: (url) => {
        if (!/Vragen\/SchriftelijkeVraag/i.test(url.search)) return;
        asked.push(url.search);
        inFlight++;
        peak = Math.max(peak, inFlight);
        return () => void inFlight--;
      },
      onConnection: (name) => servernames.add(name ?? '(none)'),
      extraRoute: (url: URL, _req: IncomingMessage, res: ServerResponse) => {
        if (!url.search.includes('NR=1777&')) return false;
        held.push(res);
        return true;
      },
    });
    browser = await launchWithExtension(server.port);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.senate.be' });
  }, 120_000);

  afterAll(async () => {
    for (const res of held) res.destroy();
    await browser?.close();
    await server?.close();
  });

  it('shows the same question to the other ministers, with their statuses, and compares the answers', async () => {
    await page.goto(Q(1649), { waitUntil: 'load' });
    await unfold('details.related');
    const siblings = related().locator('.related-siblings li.related-page');
    await expect.poll(() => siblings.count()).toBe(2);
    await expect.poll(() => siblings.evaluateAll((els) => els.map((e) => e.getAttribute('data-loaded')))).toEqual(['true', 'true']);
    const justice = related().locator('li[data-question="7-1648"]');
    expect(await justice.locator('.related-minister').textContent()).toContain('Justice');
    expect(await justice.locator('.related-counts .badge').count()).toBeGreaterThan(1);
    const digital = related().locator('li[data-question="7-1650"]');
    expect(await digital.locator('.related-minister').textContent()).toContain('Digitalisation');
    expect(await digital.locator('.badge').first().getAttribute('class')).toContain('status-unanswered');
    expect(await digital.locator('.related-timeliness').textContent()).toMatch(/\S/);

    await related().locator('button.related-compare').click();
    const table = related().locator('.compare table');
    expect(await table.locator('thead th').count()).toBe(4);
    expect(await table.locator('tbody tr').count()).toBe(8);
    const row4 = table.locator('tbody tr').nth(3);
    expect(await row4.locator('td').nth(0).textContent()).toContain('Aucune information disponible');
    expect(await row4.locator('td').nth(1).textContent()).toContain('Child Focus');
    expect(await row4.locator('td .badge').count()).toBe(3);
    mkdirSync(PICTURES, { recursive: true });
    await related().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(PICTURES, 'related-compare.png') });
  });

  it('shows the Dutch original beside the French, row by row and for all', async () => {
    await unfold('details.original');
    const original = panel().locator('details.original');
    await expect.poll(() => original.locator('details.original-row').count()).toBe(8);
    expect(await original.locator('details[open]').count()).toBe(0);
    await original.locator('details.original-row[data-label="1"] summary').click();
    const dutch = original.locator('details.original-row[data-label="1"] .original-side[lang="nl"] .original-question');
    expect(await dutch.textContent()).toMatch(/Clearview|federale politie/);
    // A citation that quotes the original: the sub-question's citation, then the Dutch text.
    await original.locator('details.original-row[data-label="1"] button.original-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\S/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Question écrite n° 7-1649 .*point 1/);
    expect(copied).toContain('Original (néerlandais)\u202f: «');
    expect(copied).toContain(((await dutch.textContent()) ?? '').slice(0, 40));
    await original.locator('button.original-all').click();
    expect(await original.locator('details[open]').count()).toBe(8);
    expect(await original.locator('.original-mismatch').count()).toBe(0);
  });

  it('asked the Senate at most two pages at a time, and only the Senate', () => {
    expect(askedFor(1648)).toBe(1);
    expect(askedFor(1650)).toBe(1);
    expect(asked.filter((a) => a.includes('NR=1649&LANG=nl')).length).toBe(1);
    expect(peak).toBeLessThanOrEqual(2);
    for (const name of servernames) expect(SENATE_HOSTS.has(name), name).toBe(true);
  });

  it('answers a second visit from its cache, asking the Senate nothing more', async () => {
    const before = asked.length;
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => related().locator('.related-siblings li[data-loaded="true"]').count()).toBe(2);
    await expect.poll(() => panel().locator('details.original details.original-row').count()).toBe(8);
    // Only the page itself was asked again.
    expect(asked.slice(before).filter((a) => !a.includes('NR=1649&LANG=fr'))).toEqual([]);
  });

  it('names a cited question that does not exist when the reader points at it, with a retry', async () => {
    await page.goto(Q(1648), { waitUntil: 'load' });
    await unfold('details.related');
    const cited = related().locator('.related-on-demand li[data-question="7-1203"]');
    await expect.poll(() => cited.count()).toBe(1);
    expect(await cited.locator('.related-cited-by').textContent()).toContain('8');
    expect(askedFor(1203)).toBe(0);
    await cited.locator('a').hover();
    await expect.poll(() => cited.getAttribute('data-loaded')).toBe('failed');
    expect(await cited.locator('.related-failed').textContent()).toBe('cette question n’existe pas sur le site');
    expect(await cited.locator('button.related-retry').count()).toBe(1);
    expect(askedFor(1203)).toBe(1);
  });

  it('puts a status beside each question link of a list page, when the reader asks for it', async () => {
    // Off by default: the list page gets nothing and asks for nothing.
    const before = asked.length;
    await page.goto(LIST, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-question-lens-chip]').count()).toBe(0);
    expect(asked.length).toBe(before);
    // Switched on (as the popup does) while the page is open: the chips come without a reload.
    await browser.worker.evaluate(() => (globalThis as unknown as SyncInWorker).chrome.storage.sync.set({ 'ql.settings': { linkChips: true } }));
    const chips = page.locator('[data-question-lens-chip]');
    await expect.poll(() => chips.count()).toBe(7);
    // Playwright reads into the chips' (open) shadow roots.
    const labels = page.locator('[data-question-lens-chip] span[role="status"]');
    const settled = async () => (await labels.allTextContents()).filter((t) => t !== '…').length;
    await expect.poll(settled, { timeout: 20_000 }).toBe(6);
    const byLink = await page.locator('table.results tr').evaluateAll((rows) =>
      rows.slice(1).map((r) => [r.querySelector('a')?.textContent ?? '', r.querySelector('[data-question-lens-chip]')?.shadowRoot?.querySelector('span[role="status"]')?.textContent ?? '']),
    );
    const chip = Object.fromEntries(byLink) as Record<string, string>;
    expect(chip['7-1650']).toBe('∅ sans réponse');
    expect(chip['7-1203']).toBe('chargement impossible');
    expect(chip['7-1778']).toBe('chargement impossible');
    expect(chip['7-1777']).toBe('…');
    expect(chip['7-1649']).toMatch(/^! \d sur 8 sans réponse$/);
    expect(chip['7-1779']).toMatch(/^(!|✓) /);
    // The link off the site got none.
    expect(await page.locator('a[href*="example.org"] + [data-question-lens-chip]').count()).toBe(0);
    await page.screenshot({ path: join(PICTURES, 'link-chips.png'), clip: { x: 0, y: 0, width: 900, height: 330 } });
    expect(peak).toBeLessThanOrEqual(2);
  });

  it('cancels what a tab asked for when it leaves the page', async () => {
    expect(held.length).toBeGreaterThan(0);
    const stillOpen = () => held.filter((r) => !r.destroyed && !r.writableFinished && !r.socket?.destroyed).length;
    await page.goto(Q(1649), { waitUntil: 'load' });
    await expect.poll(stillOpen, { timeout: 10_000 }).toBe(0);
    for (const name of servernames) expect(SENATE_HOSTS.has(name), name).toBe(true);
  });
});
