// The old Senate site shows its pages inside a frameset: a menu frame and a content frame. The
// content script runs in every frame (all_frames), and the tab must still get exactly one panel, in
// the frame that holds the question, with the question's highlights there.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
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

const panelsIn = (frame: Frame) => frame.evaluate(() => document.querySelectorAll('question-lens-panel').length);
const highlightsIn = (frame: Frame) => frame.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

describe.skipIf(skipReason !== null)(`extension in the old site's frameset${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ server, browser } = await openSenateSite(pages));
  }, 120_000);

  afterAll(async () => {
    await closeSenateSite({ server, browser });
  });

  it('mounts one panel, in the content frame that holds the question', async () => {
    server.use(pages.get('7-1649-fr-paragraphs')!);
    const p = await browser.context.newPage();
    try {
      await p.goto(pages.get('fr-frameset')!.url, { waitUntil: 'load' });
      const content = p.frame({ name: 'content' })!;
      const menu = p.frame({ name: 'menu' })!;
      expect(content).toBeTruthy();
      expect(menu).toBeTruthy();
      await expect.poll(() => panelsIn(content), { timeout: 10_000 }).toBe(1);
      // Give the other frames' scripts time to run: still one panel in the tab.
      await p.waitForTimeout(500);
      expect(await panelsIn(content)).toBe(1);
      expect(await panelsIn(menu)).toBe(0);
      expect(await p.mainFrame().evaluate(() => document.querySelectorAll('question-lens-panel').length)).toBe(0);
      // The question's sub-questions and answers are highlighted where they stand.
      expect(await highlightsIn(content)).toBeGreaterThanOrEqual(16);
      const cards = await content.evaluate(() => {
        const host = document.querySelector('question-lens-panel');
        return [...(host?.shadowRoot?.querySelectorAll('[data-status]') ?? [])].map((c) => c.getAttribute('data-status'));
      });
      expect(cards.length).toBeGreaterThanOrEqual(8);
    } finally {
      await p.close();
    }
  });
});
