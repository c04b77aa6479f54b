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
    ['src/core/probe.ts', "import { h } from '../panel/dom';\nexport const f = h;\n"],
    ['src/core/probe.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;\n"],
    ['src/sites/senate-be/probe.ts', "import { h } from '../../panel/dom';\nexport const f = h;\n"],
    ['src/sites/probe.ts', "import { run } from '../cli/main';\nexport const r = run;\n"],
  ])('keeps the import direction: %s may not import that', async (path, code) => {
    expect(await rulesFiredOn(code, path)).toContain('no-restricted-imports');
  }, 60_000);

  it('lets a site import core, and the UI import sites', async () => {
    expect(await rulesFiredOn("import { analyse } from '../../core/analyse';\nexport const a = analyse;\n", 'src/sites/senate-be/probe.ts')).toEqual([]);
    expect(await rulesFiredOn("import { SITES } from '../sites/registry';\nexport const n = SITES.length;\n", 'src/content/probe.ts')).toEqual([]);
  }, 60_000);

  it('lets text go in as text', async () => {
    expect(await rulesFiredOn("declare const el: HTMLElement; declare const x: string;\nel.textContent = x;\nel.append(document.createTextNode(x));\n")).toEqual([]);
  }, 60_000);
});
