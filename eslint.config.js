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
          patterns: [{ regex: '^(\\.\\./)+(sites|content|panel|popup|options|background|cli|platform)(/|$)', message: 'core/ imports nothing outside core/ (site → core → UI/CLI).' }],
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
          patterns: [{ regex: '^(\\.\\./)+(content|panel|popup|options|background|cli|platform)(/|$)', message: 'A site imports core/ and itself only (site → core → UI/CLI).' }],
        },
      ],
    },
  },
  {
    // core/text lists the zero-width joiner in a character class on purpose: it drops invisible
    // characters one at a time, which is what the rule suspects is a mistake.
    files: ['src/core/text.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
]);
