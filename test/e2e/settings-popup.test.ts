// Settings, the options page, the popup, the context menu and the citation meta tags, in a real
// Chromium with the built extension. One browser for the file; the tests run in order and each
// leaves the settings as it found them (defaults) unless it says otherwise.

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
const pages = servedPages();
const REFERENCE = '7-1649-fr-paragraphs';
const REFERENCE_URL = pages.get(REFERENCE)?.url ?? '';

interface SyncInWorker {
  chrome: {
    storage: {
      sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
      local: { set(v: object): Promise<void> };
    };
  };
  questionLens: { menu(id: string, tabId: number): Promise<unknown> };
}

describe.skipIf(skipReason !== null)(`settings, popup and context menu in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  let page: Page;

  const panel = (p: Page = page) => p.locator('question-lens-panel');
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const stored = () => browser.worker.evaluate(async () => (await (globalThis as unknown as SyncInWorker).chrome.storage.sync.get('ql.settings'))['ql.settings']);
  const store = (value: unknown) => browser.worker.evaluate((v) => (globalThis as unknown as SyncInWorker).chrome.storage.sync.set({ 'ql.settings': v }), value);
  const resetSettings = () => browser.worker.evaluate(() => (globalThis as unknown as SyncInWorker).chrome.storage.sync.clear());

  async function open(name: string, p: Page = page): Promise<void> {
    server.use(pages.get(name)!);
    p.setDefaultTimeout(5_000);
    await p.goto(pages.get(name)!.url, { waitUntil: 'load' });
  }

  async function openOptions(): Promise<Page> {
    const options = await browser.context.newPage();
    options.setDefaultTimeout(5_000);
    await options.goto(extensionUrl('src/options/index.html'));
    await options.locator('#setting-form').waitFor();
    return options;
  }

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await browser.context.newPage();
    popup.setDefaultTimeout(5_000);
    await popup.goto(extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await expect.poll(() => popup.locator('body').getAttribute('data-ready')).not.toBeNull();
    return popup;
  }

  beforeAll(async () => {
    ({ server, browser } = await openSenateSite(pages));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.senate.be' });
    await open(REFERENCE);
    await panel().locator('li.item').first().waitFor();
  }, 90_000);

  afterAll(async () => {
    await closeSenateSite({ server, browser });
  });

  it('puts the citation meta tags in the head once, for Zotero and other connectors', async () => {
    // They come after the first frame, with the citation record's chunk.
    await expect.poll(() => page.evaluate(() => document.head.querySelectorAll('meta[data-question-lens-meta]').length)).toBeGreaterThan(10);
    const metas = await page.evaluate(() =>
      [...document.head.querySelectorAll('meta[data-question-lens-meta]')].map((m) => [m.getAttribute('name'), m.getAttribute('content')]),
    );
    const byName = (n: string) => metas.filter(([name]) => name === n).map(([, c]) => c);
    expect(byName('citation_title')).toEqual(['Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances']);
    expect(byName('citation_author')).toEqual(['Ampe, Els']);
    expect(byName('citation_date')).toEqual(['2022/06/02']);
    expect(byName('citation_technical_report_number')).toEqual(['7-1649']);
    expect(byName('DC.language')).toEqual(['fr']);
    expect(byName('DC.identifier')).toEqual([REFERENCE_URL]);
    // Each name once except the repeatable author, and all inside <head>.
    const names = metas.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length - (byName('DC.creator').length - 1) - (byName('citation_author').length - 1));
    expect(await page.evaluate(() => document.querySelectorAll('body meta[data-question-lens-meta]').length)).toBe(0);
  });

  it('the options page opens on the defaults and previews a template live on 7-1649, with its check', async () => {
    const options = await openOptions();
    try {
      expect(await options.locator('input[name="side"]:checked').getAttribute('value')).toBe('right');
      expect(await options.locator('input[name="open"]:checked').getAttribute('value')).toBe('auto');
      expect(await options.locator('#setting-highlights').isChecked()).toBe(true);
      expect(await options.locator('#setting-language').inputValue()).toBe('page');
      expect(await options.locator('#setting-form').inputValue()).toBe('senate');
      expect(await options.locator('#form-preview').textContent()).toBe(
        "Question écrite n° 7-1649 de Els Ampe (Open Vld) du 2 juin 2022 à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique, réponse reçue le 7 juillet 2022 " +
          `<${REFERENCE_URL}>`,
      );

      await options.locator('#add-template').click();
      const tpl = options.locator('fieldset.template').first();
      const text = tpl.locator('textarea');
      await tpl.locator('input.template-name').fill('Court');
      await text.fill('{id} de {autor}');
      await expect.poll(() => tpl.locator('.check').textContent()).toContain('{autor}');
      expect(await text.getAttribute('aria-invalid')).toBe('true');
      // Not saved while it is wrong: the stored list has no template yet.
      await options.waitForTimeout(500);
      expect(((await stored()) as { templates?: unknown[] } | undefined)?.templates ?? []).toEqual([]);

      await text.fill('{id}[ de {author}][ ({party})], {askedOn}[, {label}] <{url}>');
      await expect.poll(() => tpl.locator('.preview-question').textContent()).toBe(`7-1649 de Els Ampe (Open Vld), 2 juin 2022 <${REFERENCE_URL}>`);
      expect(await tpl.locator('.preview-item').textContent()).toBe(
        `7-1649 de Els Ampe (Open Vld), 2 juin 2022, 4 <${REFERENCE_URL}#:~:text=Selon%20le%20journal%20Le%20Soir%2C%20une%20enqu%C3%AAte%20a>`,
      );
      expect(await text.getAttribute('aria-invalid')).toBe('false');
      await expect
        .poll(async () => ((await stored()) as { templates?: { name: string; template: string }[] } | undefined)?.templates)
        .toEqual([expect.objectContaining({ name: 'Court', template: '{id}[ de {author}][ ({party})], {askedOn}[, {label}] <{url}>' })]);

      // The template becomes the default form; the panel offers and selects it at once.
      const formId = await options.locator('#setting-form option', { hasText: 'Court' }).getAttribute('value');
      await options.locator('#setting-form').selectOption(formId!);
      await expect.poll(() => options.locator('#form-preview').textContent()).toBe(`7-1649 de Els Ampe (Open Vld), 2 juin 2022 <${REFERENCE_URL}>`);
      await expect.poll(() => panel().locator('select.form-select').inputValue()).toBe(formId);
      expect(await panel().locator('select.form-select option:checked').textContent()).toBe('Court');
    } finally {
      await options.close();
    }
  });

  it('the popup shows the question and copies its citation in the default form', async () => {
    const tabId = await tabIdOf(browser.worker, page.url());
    const popup = await openPopup(tabId);
    try {
      expect(await popup.locator('body').getAttribute('data-ready')).toBe('question');
      expect(await popup.locator('#question-id').textContent()).toBe('Question écrite n° 7-1649');
      expect(await popup.locator('#question-title').textContent()).toBe('Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances');
      const cards = await panel().locator('li.item').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
      const attention = cards.filter((s) => s !== 'answered').length;
      expect(await popup.locator('#attention').textContent()).toBe(`${attention} sous-questions sur 8 demandent attention`);
      const legend = await popup.locator('.counts li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-status'), e.querySelector('b')?.textContent]));
      expect(legend.reduce((n, [, c]) => n + Number(c), 0)).toBe(8);
      expect(legend).toContainEqual(['deflected', String(cards.filter((s) => s === 'deflected').length)]);
      expect(await popup.locator('.bar').getAttribute('aria-label')).toMatch(/^Sous-questions par statut\u202f: /);

      await popup.locator('#copy-citation').click();
      await expect.poll(() => popup.locator('.status').textContent()).toBe('Copié');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`7-1649 de Els Ampe (Open Vld), 2 juin 2022 <${REFERENCE_URL}>`);
    } finally {
      await popup.close();
    }
  });

  it('the context menu copies the citation through the page', async () => {
    // The entry exists (created on install, with its Senate-only document patterns accepted).
    const menu = await browser.worker.evaluate(
      () =>
        new Promise<string>((done) => {
          const c = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object, cb: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
          c.contextMenus.update('ql-copy-citation', {}, () => done(c.runtime.lastError?.message ?? 'exists'));
        }),
    );
    expect(menu).toBe('exists');
    const tabId = await tabIdOf(browser.worker, page.url());
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.bringToFront();
    const reply = await browser.worker.evaluate(([id]) => (globalThis as unknown as SyncInWorker).questionLens.menu('ql-copy-citation', id!), [tabId]);
    expect(reply).toEqual({ ok: true });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`7-1649 de Els Ampe (Open Vld), 2 juin 2022 <${REFERENCE_URL}>`);
  });

  it('moves the panel to the left, live', async () => {
    await store({ ...((await stored()) as object), side: 'left' });
    await expect.poll(() => panel().evaluate((el) => el.getBoundingClientRect().left)).toBe(0);
    const width = await panel().evaluate((el) => el.getBoundingClientRect().width);
    // The panel's width and the marks' strip beside it.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginLeft)).toBe(`${width + 24}px`);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    expect(await panel().locator('section.panel').getAttribute('class')).toContain('side-left');

    await store({ ...((await stored()) as object), side: 'right' });
    await expect.poll(() => page.evaluate(() => document.documentElement.style.marginLeft)).toBe('');
    expect(await panel().evaluate((el) => Math.round(el.getBoundingClientRect().right))).toBe(await page.evaluate(() => window.innerWidth));
  });

  it('turns the highlights off and on, live, from the options page', async () => {
    const options = await openOptions();
    try {
      expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
      expect(await page.locator('question-lens-marks button.mark').count()).toBe(16);
      await options.locator('#setting-highlights').uncheck();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
      // The marks beside the page go with them, and so does their strip.
      expect(await page.locator('question-lens-marks').count()).toBe(0);
      const width = await panel().evaluate((el) => el.getBoundingClientRect().width);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe(`${width}px`);
      expect(await panel().count()).toBe(1);
      await options.locator('#setting-highlights').check();
      await expect.poll(() => page.evaluate(() => CSS.highlights.has('ql-deflected'))).toBe(true);
      await expect.poll(() => page.locator('question-lens-marks button.mark').count()).toBe(16);
    } finally {
      await options.close();
    }
  });

  it('speaks the chosen language, live, and the page language again after', async () => {
    const options = await openOptions();
    try {
      await options.locator('#setting-language').selectOption('nl');
      await expect.poll(() => panel().locator('header.head h2').textContent()).toBe('Schriftelijke vraag nr. 7-1649');
      expect(await panel().locator('section.panel').getAttribute('lang')).toBe('nl');
      // The preview follows: the reference question cited in Dutch.
      await expect.poll(() => options.locator('#form-preview').textContent()).toContain('2 juni 2022');
      await options.locator('#setting-language').selectOption('page');
      await expect.poll(() => panel().locator('header.head h2').textContent()).toBe('Question écrite n° 7-1649');
    } finally {
      await options.close();
    }
  });

  it('opens on demand only when asked, and automatically again when set back', async () => {
    const options = await openOptions();
    try {
      await options.locator('#open-on-demand').check();
      await expect.poll(() => panel().count()).toBe(0);
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(500);
      expect(await panel().count()).toBe(0);
      // The page is still read: the popup knows it, and its button opens the panel.
      const popup = await openPopup(await tabIdOf(browser.worker, page.url()));
      expect(await popup.locator('#toggle-panel').textContent()).toBe('Afficher le panneau');
      await popup.locator('#toggle-panel').click();
      await expect.poll(() => panel().locator('li.item').count()).toBe(8);
      await popup.close();

      await options.locator('#open-auto').check();
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => panel().locator('li.item').count()).toBe(8);
    } finally {
      await options.close();
    }
  });

  it('falls back to the defaults for corrupt stored settings, and the page still works', async () => {
    await store({ side: 42, open: ['auto'], highlights: 'no', language: 'klingon', citationForm: 'custom:gone', templates: 'nope' });
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => panel().locator('li.item').count()).toBe(8);
    expect(await panel().evaluate((el) => Math.round(el.getBoundingClientRect().right))).toBe(await page.evaluate(() => window.innerWidth));
    expect(await panel().locator('select.form-select').inputValue()).toBe('senate');
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

    const options = await openOptions();
    try {
      expect(await options.locator('input[name="side"]:checked').getAttribute('value')).toBe('right');
      expect(await options.locator('#setting-language').inputValue()).toBe('page');
      expect(await options.locator('fieldset.template').count()).toBe(0);
    } finally {
      await options.close();
    }
    await resetSettings();
  });

  it('the popup elsewhere says it is not a question page and links to the written questions', async () => {
    const other = await browser.context.newPage();
    try {
      await open('not-a-question', other);
      const popup = await openPopup(await tabIdOf(browser.worker, other.url()));
      expect(await popup.locator('body').getAttribute('data-ready')).toBe('elsewhere');
      expect(await popup.locator('#not-question').isVisible()).toBe(true);
      expect(await popup.locator('#search-link').getAttribute('href')).toMatch(/^https:\/\/www\.sen(ate|aat)\.be\/www\/\?MIval=/);
      await popup.close();
    } finally {
      await other.close();
    }
  });

  it('takes its meta tags away when its instance is torn down', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('meta[data-question-lens-meta]').length)).toBeGreaterThan(10);
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('question-lens:teardown')));
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('meta[data-question-lens-meta]').length)).toBe(0);
    expect(await panel().count()).toBe(0);
  });

  it('wrote nothing to any console', () => {
    expect(browser.errors).toEqual([]);
  });
});
