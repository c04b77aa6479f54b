// axe-core on what the extension shows: the panel (inside its shadow root, on the reference page),
// the popup (on a question page and elsewhere) and the options page (with a template, valid and
// not), in light and in dark. No serious or critical violation; contrast included.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  missingBrowser,
  servedPages,
  tabIdOf,
  type ExtensionBrowser,
  type SiteServer,
  openSenateSite,
  closeSenateSite,
} from './harness';

const skipReason = missingBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Serious and critical violations in `include` (a selector list, shadow hosts first), one line each. */
async function seriousViolations(page: Page, include: string[][] | null): Promise<string[]> {
  // evaluate, not a script tag: extension pages forbid inline scripts, the DevTools protocol is not a page script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${n.failureSummary ?? v.help}`));
}

/** Text in the panel whose contrast is below WCAG AA (4.5:1, or 3:1 for large text), measured from
 * computed colours: axe leaves contrast inside the panel's shadow root "incomplete" (it cannot
 * resolve the backgrounds there), so this does its part there. Disabled controls are exempt. */
async function panelContrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const n = (c.match(/[\d.]+/g) ?? []).map(Number);
      return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n.length > 3 ? n[3]! : 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
    const background = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = el; e; e = parentOf(e)) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255, 1] as Rgba);
    };
    const root = document.querySelector('question-lens-panel')!.shadowRoot!;
    const failures: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const style = getComputedStyle(el);
      if (!own || style.visibility === 'hidden' || !el.getClientRects().length || (el as HTMLButtonElement).disabled) continue;
      if (el.closest('.live')) continue; // visually hidden live region
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi! + 0.05) / (lo! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${el.className || el.localName} "${el.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
    }
    return failures;
  });
}

describe.skipIf(skipReason !== null)(`accessibility (axe-core)${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const pages = servedPages();
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let page: Page;
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

  beforeAll(async () => {
    ({ server, browser } = await openSenateSite(pages));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(5_000);
    await page.goto(pages.get('7-1649-fr-paragraphs')!.url, { waitUntil: 'load' });
    await page.locator('question-lens-panel li.item').first().waitFor();
  }, 90_000);

  afterAll(async () => {
    await closeSenateSite({ server, browser });
  });

  for (const scheme of SCHEMES) {
    it(`the panel, ${scheme}`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      // The scheme reached the shadow root: the panel's own background follows it.
      expect(await page.locator('question-lens-panel section.panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        scheme === 'dark' ? 'rgb(30, 31, 34)' : 'rgb(255, 255, 255)',
      );
      // The checklist as it opens, the marks beside the page, then every row opened to its card.
      await page.locator('question-lens-marks button.mark').first().waitFor({ state: 'attached' });
      expect(await seriousViolations(page, [['question-lens-panel'], ['question-lens-marks']])).toEqual([]);
      expect(await panelContrastFailures(page)).toEqual([]);
      const expandAll = page.locator('question-lens-panel button.expand-all');
      if ((await expandAll.getAttribute('aria-pressed')) !== 'true') await expandAll.click();
      await expect.poll(() => page.locator('question-lens-panel li.item > .card:not([hidden])').count()).toBe(8);
      expect(await seriousViolations(page, [['question-lens-panel'], ['question-lens-marks']])).toEqual([]);
      expect(await panelContrastFailures(page)).toEqual([]);
    });

    it(`the popup on a question page and elsewhere, ${scheme}`, async () => {
      const tabId = await tabIdOf(browser.worker, page.url());
      const popup = await browser.context.newPage();
      try {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.goto(extensionUrl(`src/popup/index.html?tab=${tabId}`));
        await expect.poll(() => popup.locator('body').getAttribute('data-ready')).toBe('question');
        expect(await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(30, 31, 34)' : 'rgb(255, 255, 255)');
        expect(await seriousViolations(popup, null)).toEqual([]);
        await popup.goto(extensionUrl('src/popup/index.html?tab=999999'));
        await expect.poll(() => popup.locator('body').getAttribute('data-ready')).toBe('elsewhere');
        expect(await seriousViolations(popup, null)).toEqual([]);
      } finally {
        await popup.close();
      }
    });

    it(`the options page with a valid and an invalid template, ${scheme}`, async () => {
      const options = await browser.context.newPage();
      try {
        await options.emulateMedia({ colorScheme: scheme });
        await options.goto(extensionUrl('src/options/index.html'));
        await options.locator('#add-template').click();
        await options.locator('#add-template').click();
        await options.locator('fieldset.template textarea').nth(1).fill('{id} {autor}');
        await expect.poll(() => options.locator('.check.bad').count()).toBe(1);
        expect(await seriousViolations(options, null)).toEqual([]);
      } finally {
        await options.close();
        await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
      }
    });
  }

  it('the options page works by keyboard alone', async () => {
    const options = await browser.context.newPage();
    const stored = () => browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get('ql.settings'))['ql.settings']);
    try {
      await options.goto(extensionUrl('src/options/index.html'));
      await options.locator('#side-right').waitFor();
      // Tab reaches the first control; the arrow keys move within the radio group.
      await options.keyboard.press('Tab');
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('side-right');
      await options.keyboard.press('ArrowDown');
      expect(await options.locator('#side-left').isChecked()).toBe(true);
      await expect.poll(async () => ((await stored()) as { side?: string } | undefined)?.side).toBe('left');
      // Add a template with Enter on the button, type in it, and remove it again with the keyboard.
      await options.locator('#add-template').focus();
      await options.keyboard.press('Enter');
      expect(await options.evaluate(() => document.activeElement?.localName)).toBe('textarea');
      await options.keyboard.press('Tab'); // the remove button follows the template's fields
      expect(await options.evaluate(() => document.activeElement?.className)).toBe('remove-template');
      await options.keyboard.press('Enter');
      expect(await options.locator('fieldset.template').count()).toBe(0);
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('add-template');
    } finally {
      await options.close();
      await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
    }
  });
});
