// The lint rule that keeps page text out of HTML sinks and code out of strings (eslint.config.js),
// run on the sources as part of npm test, and shown to bite on what it forbids.

import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function rulesFiredOn(code: string, path = 'src/lint-probe.ts'): Promise<string[]> {
  // A path under src/, so the sources' configuration applies; the file need not exist.
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse-error');
}

describe('lint (eslint.config.js)', () => {
  it('finds no error in src/', async () => {
    const results = await eslint.lintFiles(['src']);
    expect(results.length).toBeGreaterThan(30);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  }, 120_000);

  it.each([
    ['document.body.innerHTML = x;', ['no-unsanitized/property', 'no-restricted-properties']],
    ["el.innerHTML = '';", ['no-restricted-properties']],
    ["el['innerHTML'] = x;", ['no-restricted-properties']],
    ['el.outerHTML = x;', ['no-restricted-properties']],
    ["el.insertAdjacentHTML('beforeend', x);", ['no-unsanitized/method', 'no-restricted-properties']],
    ['document.write(x);', ['no-unsanitized/method', 'no-restricted-properties']],
    ['eval(x);', ['no-eval']],
    ['new Function(x)();', ['no-new-func']],
    ["setTimeout('run()', 10);", ['no-implied-eval']],
  ])('rejects %s', async (code, rules) => {
    const fired = await rulesFiredOn(`declare const el: HTMLElement; declare const x: string;\n${code}\n`);
    for (const rule of rules) expect(fired).toContain(rule);
  }, 60_000);

  it.each([
    ['src/core/assess/probe.ts', "import { SITES } from '../../sites/registry';\nexport const n = SITES.length;\n"],
    ['src/core/probe.ts', "import { h } from '../ui/dom';\nexport const f = h;\n"],
    ['src/core/probe.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n"],
    ['src/sites/senate-be/probe.ts', "import { h } from '../../ui/dom';\nexport const f = h;\n"],
    ['src/sites/probe.ts', "import { run } from '../cli/main';\nexport const r = run;\n"],
  ])('keeps the import direction: %s may not import that', async (path, code) => {
    expect(await rulesFiredOn(code, path)).toContain('no-restricted-imports');
  }, 60_000);

  // The UI's direction: ui/ is shared and imports no UI; nothing outside options/ and content/
  // imports them; the panel reaches the page only through its context.
  it.each([
    ['src/panel/probe.ts', "import { readSettings } from '../options/settings';\nexport const r = readSettings;\n"],
    ['src/panel/probe.ts', "import { scrollToRange } from '../content/highlights';\nexport const s = scrollToRange;\n"],
    ['src/panel/sections/probe.ts', "import { pageMarks } from '../../content/marks';\nexport const m = pageMarks;\n"],
    ['src/panel/probe.ts', "import { storageGet } from '../platform/content';\nexport const g = storageGet;\n"],
    ['src/popup/probe.ts', "import { copyCitation } from '../content/clipboard';\nexport const c = copyCitation;\n"],
    ['src/popup/probe.ts', "import { renderOptions } from '../options/page';\nexport const r = renderOptions;\n"],
    ['src/ui/probe.ts', "import { mountPanel } from '../panel/panel';\nexport const m = mountPanel;\n"],
    ['src/ui/probe.ts', "import { renderOptions } from '../options/page';\nexport const r = renderOptions;\n"],
    ['src/ui/probe.ts', "import { startController } from '../content/controller';\nexport const s = startController;\n"],
    ['src/content/probe.ts', "import { renderOptions } from '../options/page';\nexport const r = renderOptions;\n"],
    ['src/options/probe.ts', "import { startController } from '../content/controller';\nexport const s = startController;\n"],
    ['src/background/probe.ts', "import { countByStatus } from '../panel/status';\nexport const c = countByStatus;\n"],
    ['src/platform/probe.ts', "import { readSettings } from '../ui/settings';\nexport const r = readSettings;\n"],
    ['src/cli/probe.ts', "import { rangeOf } from '../content/highlights';\nexport const r = rangeOf;\n"],
  ])('keeps the UI\'s direction: %s may not import that', async (path, code) => {
    expect(await rulesFiredOn(code, path)).toContain('no-restricted-imports');
  }, 60_000);

  it('lets the panel, the popup, the options page and the content script share ui/', async () => {
    const ui = "import { readSettings } from '../ui/settings';\nexport const r = readSettings;\n";
    for (const path of ['src/panel/probe.ts', 'src/popup/probe.ts', 'src/options/probe.ts', 'src/content/probe.ts']) expect(await rulesFiredOn(ui, path), path).toEqual([]);
    expect(await rulesFiredOn("import { mountPanel } from '../panel/panel';\nexport const m = mountPanel;\n", 'src/content/probe.ts')).toEqual([]);
    expect(await rulesFiredOn("import { h } from '../../ui/dom';\nexport const f = h;\n", 'src/panel/sections/probe.ts')).toEqual([]);
    expect(await rulesFiredOn("import { renderOptions } from './page';\nexport const r = renderOptions;\n", 'src/options/probe.ts')).toEqual([]);
  }, 60_000);

  it('lets a site import core, and the UI import sites', async () => {
    expect(await rulesFiredOn("import { analyse } from '../../core/analyse';\nexport const a = analyse;\n", 'src/sites/senate-be/probe.ts')).toEqual([]);
    expect(await rulesFiredOn("import { SITES } from '../sites/registry';\nexport const n = SITES.length;\n", 'src/content/probe.ts')).toEqual([]);
  }, 60_000);

  it('lets text go in as text', async () => {
    expect(await rulesFiredOn("declare const el: HTMLElement; declare const x: string;\nel.textContent = x;\nel.append(document.createTextNode(x));\n")).toEqual([]);
  }, 60_000);
});
