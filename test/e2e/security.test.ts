// The extension on pages that are not written questions (it must do nothing beyond the address and
// heading check) and on a question page crafted to attack the panel (its text must stay text).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  missingBrowser,
  servedPages,
  type ExtensionBrowser,
  type SiteServer,
  openSenateSite,
  closeSenateSite,
} from './harness';

const skipReason = missingBrowser();
const pages = servedPages();
const HOSTILE = 'fr-7-666-hostile';
/** At a question's address, but the site answered with its search page. */
const NOT_FOUND = 'fr-7-9999-not-found';
/** A Senate page whose address is not a question's. */
const OTHER_PAGE = 'not-a-question';

/** Every element of the live document and of the same source parsed fresh, tag and attributes: equal
 * when the extension added, removed or changed nothing. */
async function domAgainstSource(p: Page): Promise<{ live: string[]; source: string[] }> {
  return p.evaluate(async () => {
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const sig = (d: Document) => [...d.querySelectorAll('*')].map((e) => `${e.tagName}[${[...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}]`);
    return { live: sig(document), source: sig(parsed) };
  });
}

const qlEntries = (p: Page) => p.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('ql:')).map((e) => `${e.entryType}:${e.name}`));

describe.skipIf(skipReason !== null)(`extension on non-question and hostile pages${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  async function open(name: string): Promise<Page> {
    const served = pages.get(name);
    if (!served) throw new Error(`page ${name} is not served`);
    server.use(served);
    const p = await browser.context.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(served.url, { waitUntil: 'load' });
    return p;
  }

  beforeAll(async () => {
    ({ server, browser } = await openSenateSite(pages));
  }, 120_000);

  afterAll(async () => {
    await closeSenateSite({ server, browser });
  });

  for (const name of [NOT_FOUND, OTHER_PAGE]) {
    it(`does only the address and heading check on ${name}`, async () => {
      const p = await open(name);
      try {
        // The content script leaves one mark when it gives up; wait for it, then a little more.
        await expect.poll(() => qlEntries(p)).toEqual(['mark:ql:skip']);
        await p.waitForTimeout(400);
        expect(await qlEntries(p)).toEqual(['mark:ql:skip']);
        expect(await p.locator('question-lens-panel').count()).toBe(0);
        expect(await p.evaluate(() => CSS.highlights.size)).toBe(0);
        const { live, source } = await domAgainstSource(p);
        expect(live.length).toBeGreaterThan(10);
        // No <style>, <meta>, host element or attribute added anywhere.
        expect(live).toEqual(source);
      } finally {
        await p.close();
      }
    });
  }

  it('shows hostile question text as inert text', async () => {
    const dialogs: string[] = [];
    const served = pages.get(HOSTILE)!;
    server.use(served);
    const p = await browser.context.newPage();
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await p.goto(served.url, { waitUntil: 'load' });
      const panel = p.locator('question-lens-panel');
      await expect.poll(() => panel.locator('li.item').count(), { timeout: 10_000 }).toBe(5);
      // Every row opened to its card: all the page's text is in the panel.
      await panel.locator('button.expand-all').click();
      await expect.poll(() => panel.locator('li.item > .card').count()).toBe(5);

      const seen = await p.evaluate(() => {
        const host = document.querySelector('question-lens-panel')!;
        const root = host.shadowRoot!;
        const all = [...root.querySelectorAll('*')];
        const active = all.filter((e) =>
          [...e.attributes].some((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction|srcdoc|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))),
        );
        const card = (label: string) => root.querySelector(`li.item[data-label="${label}"]`)?.textContent ?? '';
        return {
          embedded: root.querySelectorAll('img, script, iframe, object, embed, a[href], form, base, meta, link').length,
          active: active.map((e) => e.outerHTML.slice(0, 80)),
          cards: ['1', '2', '3', '4', '5'].map(card),
          subject: root.querySelector('.subject')?.textContent ?? '',
          head: root.querySelector('header.head')?.textContent ?? '',
          pageImages: document.images.length,
          hostWidth: host.getBoundingClientRect().width,
          widestCard: Math.max(...[...root.querySelectorAll('li.item')].map((c) => c.getBoundingClientRect().width)),
          viewport: window.innerWidth,
        };
      });
      // Nothing in the panel was made from the page's text: no element that loads or runs anything.
      expect(seen.embedded).toBe(0);
      expect(seen.active).toEqual([]);
      expect(seen.pageImages).toBe(0);
      // The text is shown as written.
      expect(seen.cards[0]).toContain('<img src=x onerror=alert(1)>');
      expect(seen.cards[0]).toContain('<img src=x onerror=alert(4)>');
      expect(seen.cards[1]).toContain('<script>alert(2)</script>');
      expect(seen.cards[2]).toContain('javascript:alert(3)');
      expect(seen.cards[3]).toContain('\u202Egnp.exe');
      expect(seen.cards[4]).toContain('Q'.repeat(1000));
      expect(seen.subject).toBe('<i>Titre</i> <img src=x onerror=alert(6)> - Sécurité - Prisons');
      expect(seen.head).toContain('<b onmouseover=alert(7)>Dupont</b>');
      // A 50 000-character word does not push the panel off the window.
      expect(seen.hostWidth).toBeLessThanOrEqual(seen.viewport);
      expect(seen.widestCard).toBeLessThanOrEqual(seen.hostWidth + 1);

      // The comparison the non-question tests rely on does see what the extension adds to a page.
      const { live, source } = await domAgainstSource(p);
      expect(live.filter((e) => !source.includes(e)).some((e) => e.startsWith('QUESTION-LENS-PANEL'))).toBe(true);

      // Clicking through the cards runs nothing either.
      for (const label of ['1', '2', '3']) await panel.locator(`li.item[data-label="${label}"] .go-question`).click();
      await p.waitForTimeout(300);
      expect(dialogs).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('wrote nothing to any page console', () => {
    expect(browser.errors).toEqual([]);
  });
});
