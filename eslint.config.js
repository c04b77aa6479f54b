// Lint for the extension and CLI sources. Its one strict job is security: page text must reach the
// DOM only as text, so the HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write)
// and code from strings (eval, new Function, string timers) are errors everywhere in src/. The
// recommended sets (without type information, so lint stays fast) catch real slips; style is left
// to the authors.

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const HTML_SINK = 'Page text reaches the DOM only as text (textContent, createElement): no HTML sinks.';

/** One no-restricted-imports block per folder: [files, the folders it may not reach, why]. */
function uiDirection(rules) {
  return rules.map(([files, forbidden, message]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./)+(${forbidden})(/|$)`, message }] }],
    },
  }));
}

export default defineConfig([
  globalIgnores(['dist/', 'bin/', 'node_modules/', 'scratch/', 'test-results/']),
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'no-unsanitized': noUnsanitized },
    // no-implied-eval only knows a timer as the global one when it is declared a global.
    languageOptions: {
      globals: { window: 'readonly', self: 'readonly', document: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', execScript: 'readonly' },
    },
    rules: {
      // no-unsanitized lets "safe-looking" values through (literals, escaped templates); the
      // restrictions below forbid the sinks outright, so a later edit cannot slip HTML in.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: HTML_SINK },
        { property: 'outerHTML', message: HTML_SINK },
        { property: 'insertAdjacentHTML', message: HTML_SINK },
        { object: 'document', property: 'write', message: HTML_SINK },
        { object: 'document', property: 'writeln', message: HTML_SINK },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='outerHTML']", message: HTML_SINK },
        { selector: "MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]", message: HTML_SINK },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: HTML_SINK },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Style, not safety: left to the authors.
      'prefer-const': 'off',
      'no-useless-escape': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The direction of imports (DESIGN.md): one Analysis flows site → core → UI/CLI. core/ is pure
    // and knows no site, browser or UI; a site knows core only.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'core/ is pure TypeScript: browser APIs only through src/platform/.' }],
          patterns: [{ regex: '^(\\.\\./)+(sites|content|panel|popup|options|ui|background|cli|platform)(/|$)', message: 'core/ imports nothing outside core/ (site → core → UI/CLI).' }],
        },
      ],
    },
  },
  {
    files: ['src/sites/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'A site is pure TypeScript: browser APIs only through src/platform/.' }],
          patterns: [{ regex: '^(\\.\\./)+(content|panel|popup|options|ui|background|cli|platform)(/|$)', message: 'A site imports core/ and itself only (site → core → UI/CLI).' }],
        },
      ],
    },
  },
  // The UI's direction (README, "How it is built"): ui/ (settings, citations and their dispatch, the
  // clipboard, the DOM builder) is shared by the panel, the popup, the options page and the content
  // script, and imports none of them; the panel knows the page only through its context object;
  // options/ and content/ are entry folders that nothing else imports. One block per folder: a later
  // block naming the same files would replace, not add to, an earlier one's rule.
  ...uiDirection([
    // ui/ reads the catalogs (panel/i18n.ts, panel/catalogs.ts, the localisation work's); they belong
    // in ui/ too, and this exception goes when they move.
    ['src/ui/**/*.ts', 'content|panel(?!/(i18n|catalogs)$)|popup|options|background|cli', 'ui/ is shared by the panel, popup, options page and content script; it imports none of them.'],
    ['src/panel/**/*.ts', 'content|popup|options|background|cli|platform', 'The panel imports core/, sites/, ui/ and itself; the page reaches it through its context (panel/context.ts).'],
    // The popup still takes its strings from options/strings.ts, which the localisation work owns;
    // they move to ui/ with it, and this exception goes.
    ['src/popup/**/*.ts', 'content|background|cli|options(?!/strings$)', 'The popup imports core/, sites/, platform/, ui/ and panel/; never content/ or options/.'],
    ['src/options/**/*.ts', 'content|popup|background|cli', 'The options page imports core/, sites/, platform/, ui/ and panel/; never content/.'],
    ['src/background/**/*.ts', 'content|panel|popup|options|ui|cli', 'The service worker imports core/, sites/ and platform/ only.'],
    ['src/platform/**/*.ts', 'content|panel|popup|options|ui|background|cli', 'platform/ is the door to the browser: it imports core/ and sites/ only.'],
    ['src/content/**/*.ts', 'popup|options|background|cli', 'The content script imports core/, sites/, platform/, ui/ and panel/; never options/ or popup/.'],
    // The summary says what the panel says, from the same catalogs and wording (panel/i18n, format,
    // reasons, status: pure modules, no DOM at import); they belong in ui/ with the catalogs, and
    // this exception goes when they move.
    ['src/cli/**/*.ts', 'content|panel(?!/(i18n|format|reasons|status)$)|popup|options|ui|background|platform', 'The command line runs the engine: core/ and sites/ only (and the panel\'s pure wording).'],
  ]),
  {
    // core/text lists the zero-width joiner in a character class on purpose: it drops invisible
    // characters one at a time, which is what the rule suspects is a mistake.
    files: ['src/core/text.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
]);
