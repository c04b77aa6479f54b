// What the command line refuses to read, and how it tells cheaply. A real question page is about
// 15 KB; the engine's cost grows with the page (about 4 s and 130 MB per MB of answer text), and
// linkedom's parser grows with the square of how deep elements nest (100 000 nested <div> take
// minutes). So a page is refused unread above a size, and refused unparsed above a depth, both
// far beyond any real page.

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** How MAX_PAGE_BYTES is said in messages. */
export const MAX_PAGE_SIZE_LABEL = '5 MB';
/** Elements open inside one another at once. Real Senate pages stay under 50; linkedom parses
 * 5 000 in about 60 ms. */
export const MAX_NESTING = 5000;

// The parser's own rules (htmlparser2, which linkedom uses), as far as depth goes: elements that
// never hold anything, elements whose opening closes an open one, and elements whose content is
// text up to their closing tag.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as const),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P] as const),
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function endsName(code: number): boolean {
  // Whitespace, "/" or ">".
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x2f || code === 0x3e;
}

/**
 * Whether the page's elements would nest more than `max` deep once parsed. One pass over the
 * markup, in time linear in its length whatever it holds (no regular expression that can
 * backtrack), following the parser's rules closely enough to tell a real page (depth in the tens)
 * from a hostile one; it stops as soon as the depth passes `max`.
 */
export function nestsDeeperThan(html: string, max = MAX_NESTING): boolean {
  return nestingDepth(html, max) > max;
}

/** The deepest nesting reached, counted up to `stopAbove` + 1 at most. */
export function nestingDepth(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > deepest) deepest = stack.length;
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    return name;
  };
  const length = html.length;
  let i = 0;
  while (deepest <= stopAbove) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= length) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[ …, <?xml …?>
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = next === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < length && !endsName(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const gt = html.indexOf('>', nameEnd);
    if (gt < 0) break;
    i = gt + 1;

    if (closing) {
      if ((open.get(name) ?? 0) > 0) while (pop() !== name);
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) pop();
    // An element with nothing inside: a void one, or "/>" inside <svg> or <math> (in HTML a "/>"
    // does not close an element).
    const foreign = (open.get('svg') ?? 0) + (open.get('math') ?? 0) > 0;
    if (VOID.has(name) || (foreign && html.charCodeAt(gt - 1) === 0x2f)) {
      if (stack.length + 1 > deepest) deepest = stack.length + 1;
      continue;
    }
    push(name);
    if (RAW_TEXT.has(name)) {
      // Text up to the closing tag: tags inside it are not elements.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      if (!found) break;
      i = found.index;
    }
  }
  return deepest;
}
