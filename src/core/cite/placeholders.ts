// The placeholders a custom citation template may use (filled by citationFields), and the check that
// a template uses only them: settings are checked with it wherever they are read.

/** The placeholders by name (their descriptions, for the options page, are in placeholder-help.ts). */
export const PLACEHOLDER_NAMES = ['id', 'legislature', 'number', 'author', 'party', 'askedOn', 'answeredOn', 'askedOnIso', 'answeredOnIso', 'session', 'addressee', 'title', 'url', 'label', 'status'] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES);

/** `unknown` lists the names in braces that are not placeholders, and any "{" left unclosed (as
 * written, so the options page can point at it). Brackets are optional segments, not checked. */
export function validateTemplate(template: string): { ok: boolean; unknown: string[] } {
  const unknown: string[] = [];
  for (let i = template.indexOf('{'); i !== -1; i = template.indexOf('{', i + 1)) {
    const close = template.indexOf('}', i + 1);
    const nextOpen = template.indexOf('{', i + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      unknown.push(template.slice(i, nextOpen === -1 ? undefined : nextOpen).trimEnd());
      continue;
    }
    const name = template.slice(i + 1, close);
    if (!KNOWN.has(name) && !unknown.includes(name)) unknown.push(name);
    i = close;
  }
  return { ok: unknown.length === 0, unknown };
}
