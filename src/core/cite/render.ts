// Fills a citation template: "{name}" placeholders, and "[…]" segments dropped whole when one of
// their placeholders is empty. One left-to-right scan, no regular expression over the template.

export type TemplateFields = Record<string, string | null | undefined>;

export function renderTemplate(template: string, fields: TemplateFields): string {
  let out = '';
  let segment: string | null = null; // inside "[…]"
  let segmentEmpty = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '[' && segment === null) {
      segment = '';
      segmentEmpty = false;
      continue;
    }
    if (ch === ']' && segment !== null) {
      if (!segmentEmpty) out += segment;
      segment = null;
      continue;
    }
    let piece = ch;
    if (ch === '{') {
      const close = template.indexOf('}', i + 1);
      if (close > i) {
        const name = template.slice(i + 1, close);
        const value = fields[name];
        piece = value ?? '';
        if (!value) segmentEmpty = true;
        i = close;
      }
    }
    if (segment !== null) segment += piece;
    else out += piece;
  }
  if (segment !== null && !segmentEmpty) out += segment;
  return out.replace(/\s{2,}/g, ' ').trim();
}
