// The template placeholders in the order the options page lists them. Their descriptions are words
// in the reader's language, so they live with the options page's strings (options/strings.ts,
// PLACEHOLDER_HELP): core holds no catalog. The names and the check are in placeholders.ts, which
// every part that reads settings carries.

import { PLACEHOLDER_NAMES, type PlaceholderName } from './placeholders';

export interface TemplatePlaceholder {
  name: PlaceholderName;
}

export const TEMPLATE_PLACEHOLDERS: readonly TemplatePlaceholder[] = PLACEHOLDER_NAMES.map((name) => ({ name }));
