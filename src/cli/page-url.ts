// A saved page often says where it came from: the browser's "saved from url" comment, a canonical
// link or a <base href>. The address matters (language, print variant, deep links).

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const CANONICAL = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i;
const BASE = /<base\b[^>]*>/i;
const HREF = /\bhref=["']([^"']+)["']/i;

export function addressInSavedPage(html: string): string | null {
  const head = html.slice(0, 20_000);
  const saved = SAVED_FROM.exec(head)?.[1];
  if (saved && /^https?:\/\//i.test(saved)) return saved;
  for (const tag of [CANONICAL.exec(head)?.[0], BASE.exec(head)?.[0]]) {
    const href = tag ? HREF.exec(tag)?.[1] : undefined;
    if (href && /^https?:\/\//i.test(href)) return href.replace(/&amp;/g, '&');
  }
  return null;
}
