// The panel at every window size (issue 11): beside the page on a wide window, a bottom sheet on a
// narrow one or a phone, and never over the page: at 1920 × 1080, 1366 × 768, 1024 × 768 and
// 390 × 844, no line of the page that shows (every text node, the sub-questions' and the answers'
// Ranges among them) lies under the panel, at the top, the middle and the end of the page; a jump
// from the panel lands in the part that shows. At 1366 × 768 the checklist of 7-1649 fits without
// scrolling the panel. The README's pictures, docs/screenshots/panel-1366.png and panel-390.png,
// are taken here.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSenateSite, missingBrowser, openSenateSite, ROOT, servedPages, type ExtensionBrowser, type SiteServer } from './harness';

const skipReason = missingBrowser();
const pages = servedPages();
const REFERENCE = '7-1649-fr-paragraphs';
// Each run's pictures go to test-results (gitignored); QL_SCREENSHOTS=docs makes the README's.
const DOCS = process.env.QL_SCREENSHOTS === 'docs' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
const SIZES = [
  { width: 1920, height: 1080, mode: 'side' },
  { width: 1366, height: 768, mode: 'side' },
  { width: 1024, height: 768, mode: 'sheet' },
  { width: 390, height: 844, mode: 'sheet' },
] as const;

interface Overlap {
  /** Text boxes checked (visible parts only) and those under the panel. */
  checked: number;
  covered: string[];
}

/** Every visible line box of the page's text, and of the sub-questions' and answers' Ranges (the
 * highlights'), against the panel's box. A line box counts where it shows: inside the box the page
 * scrolls in (the window, or the page's body above a bottom sheet). */
function coveredText(page: Page): Promise<Overlap> {
  return page.evaluate(() => {
    const panel = document.querySelector('question-lens-panel')!.getBoundingClientRect();
    const body = document.body;
    const scrollsInBody = getComputedStyle(body).overflowY === 'auto';
    const clip = scrollsInBody ? body.getBoundingClientRect() : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent!.trim()) continue;
      const r = document.createRange();
      r.selectNodeContents(n);
      ranges.push(r);
    }
    for (const h of CSS.highlights.values()) for (const r of h as unknown as Iterable<Range>) ranges.push(r);
    let checked = 0;
    const covered: string[] = [];
    for (const range of ranges) {
      for (const rect of range.getClientRects()) {
        const top = Math.max(rect.top, clip.top);
        const bottom = Math.min(rect.bottom, clip.bottom);
        const left = Math.max(rect.left, clip.left);
        const right = Math.min(rect.right, clip.right);
        if (bottom - top < 1 || right - left < 1) continue; // scrolled out of what shows
        checked++;
        const under = top < panel.bottom - 0.5 && bottom > panel.top + 0.5 && left < panel.right - 0.5 && right > panel.left + 0.5;
        if (under) covered.push(`${range.toString().slice(0, 40)} @ ${Math.round(left)},${Math.round(top)}`);
      }
    }
    return { checked, covered };
  });
}

/** Scrolls the page where it scrolls (window or body) to a fraction of its length. */
function scrollPage(page: Page, fraction: number): Promise<void> {
  return page.evaluate((f) => {
    const body = document.body;
    const el = getComputedStyle(body).overflowY === 'auto' ? body : document.scrollingElement!;
    el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
  }, fraction);
}

describe.skipIf(skipReason !== null)(`the panel at every window size${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let page: Page;
  const panel = () => page.locator('question-lens-panel');
  const row = (label: string) => panel().locator(`li.item[data-label="${label}"]`);

  async function openAt(size: { width: number; height: number }): Promise<void> {
    await page.setViewportSize(size);
    server.use(pages.get(REFERENCE)!);
    await page.goto(pages.get(REFERENCE)!.url, { waitUntil: 'load' });
    await expect.poll(() => panel().locator('li.item').count()).toBe(8);
    // Decorated: the highlights and the marks are in.
    await expect.poll(() => page.locator('question-lens-marks button.mark').count()).toBe(16);
  }

  beforeAll(async () => {
    ({ server, browser } = await openSenateSite(pages));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
    mkdirSync(DOCS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await closeSenateSite({ server, browser });
  });

  for (const size of SIZES) {
    it(`${size.width} × ${size.height}: ${size.mode === 'side' ? 'beside the page' : 'a bottom sheet'}, and no line of the page under it`, async () => {
      await openAt(size);
      const box = await panel().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      if (size.mode === 'side') {
        expect(box.height).toBe(size.height);
        expect(box.right).toBe(size.width);
        // The page keeps at least 600 px beside it.
        const pageWidth = await page.evaluate(() => window.innerWidth - parseFloat(getComputedStyle(document.documentElement).marginRight));
        expect(pageWidth).toBeGreaterThanOrEqual(600);
      } else {
        expect(box.width).toBe(size.width);
        expect(box.bottom).toBe(size.height);
        // A third of the height at first.
        expect(Math.abs(box.height - size.height / 3)).toBeLessThanOrEqual(1);
      }
      for (const at of [0, 0.35, 0.7, 1]) {
        await scrollPage(page, at);
        const overlap = await coveredText(page);
        expect(overlap.checked, `text seen at ${at}`).toBeGreaterThan(5);
        expect(overlap.covered, `under the panel at ${at} of the page`).toEqual([]);
      }

      // A jump from the panel lands in the part of the page that shows, not under the sheet.
      await scrollPage(page, 0);
      await row('6').locator('button.row').click();
      await row('6').locator('button.go-answer').click();
      await expect
        .poll(() =>
          page.evaluate(() => {
            const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('6) '))!;
            // Above a sheet, or anywhere in the window beside a side panel.
            const panelTop = document.querySelector('question-lens-panel')!.getBoundingClientRect().top;
            const r = p.getBoundingClientRect();
            return r.top >= 0 && r.top + 16 <= (panelTop > 0 ? panelTop : window.innerHeight);
          }),
        )
        .toBe(true);
      // Still nothing under it once there.
      expect((await coveredText(page)).covered).toEqual([]);
    });
  }

  it('fits the checklist of 7-1649 without scrolling the panel at 1366 × 768, and takes the README picture', async () => {
    await openAt({ width: 1366, height: 768 });
    const body = await panel().locator('.body').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(body.scroll).toBeLessThanOrEqual(body.client);
    const last = await row('8').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(last).toBeLessThanOrEqual(768);
    // The page at its sub-questions, their marks beside them, the checklist beside the page.
    await page.evaluate(() => [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Je souhaite dès lors'))!.scrollIntoView());
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(DOCS, 'panel-1366.png') });
  });

  it('reaches the marks by keyboard: a mark opens its row, and lights its pair', async () => {
    const mark = page.locator('question-lens-marks button.mark.question[data-label="3"]');
    await mark.focus();
    expect(await page.locator('question-lens-marks button.mark.lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual(['3', '3']);
    expect(await row('3').getAttribute('class')).toContain('lit');
    await page.keyboard.press('Enter');
    expect(await row('3').locator('button.row').getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.label)).toBe('3');
    await expect.poll(() => row('3').locator('.card').count()).toBe(1);
  });

  it('is a bottom sheet at phone width, resizable, and takes the README picture', async () => {
    await openAt({ width: 390, height: 844 });
    const handle = panel().locator('.resize');
    expect(await handle.getAttribute('aria-orientation')).toBe('horizontal');
    await handle.focus();
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => panel().evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(Math.round(844 / 3) + 64);
    expect((await coveredText(page)).covered).toEqual([]);
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => panel().evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(Math.round(844 / 3));
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('3) '))!;
      document.body.scrollTop += p.getBoundingClientRect().top - 8;
      (document.querySelector('question-lens-panel')!.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(DOCS, 'panel-390.png') });
  });

  it('wrote nothing to any page console', () => {
    expect(browser.errors).toEqual([]);
  });
});
