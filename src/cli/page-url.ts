// A saved page often says where it came from: the browser's "saved from url" comment, a canonical
// link or a <base href>. The address matters (language, print variant, deep links).
//
// The tags are found with patterns that cannot cross a "<" or ">", so each try ends at the next
// tag boundary: linear in the page, whatever it holds (a head of "<link rel=canonical " repeated
// took ten seconds with a pattern free to run to the end of the window).

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const LINK = /<link\b([^<>]*)>/gi;
const BASE = /<base\b([^<>]*)>/i;
const CANONICAL = /\brel\s*=\s*["']?canonical\b/i;
const HREF = /\bhref\s*=\s*["']([^"']+)["']/i;

function canonicalLink(head: string): string | undefined {
  LINK.lastIndex = 0;
  for (let m = LINK.exec(head); m; m = LINK.exec(head)) if (CANONICAL.test(m[1]!)) return m[1];
  return undefined;
}

export function addressInSavedPage(html: string): string | null {
  const head = html.slice(0, 20_000);
  const saved = SAVED_FROM.exec(head)?.[1];
  if (saved && /^https?:\/\//i.test(saved)) return saved;
  for (const attributes of [canonicalLink(head), BASE.exec(head)?.[1]]) {
    const href = attributes ? HREF.exec(attributes)?.[1] : undefined;
    if (href && /^https?:\/\//i.test(href)) return href.replace(/&amp;/g, '&');
  }
  return null;
}
