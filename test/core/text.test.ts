import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { flatten, trimSpan } from '../../src/core/text';

function flat(html: string) {
  const { document } = parseHTML(`<html><head><title>T</title><style>p{}</style></head><body>${html}</body></html>`);
  return flatten<Text>(document.body);
}

describe('flatten', () => {
  it('turns paragraphs into blank-line separated blocks and <br> into line breaks', () => {
    const f = flat('<p>Question écrite n° 7-1649</p><p>de Els Ampe<br>(Open Vld)</p>');
    expect(f.text).toBe('Question écrite n° 7-1649\n\nde Els Ampe\n(Open Vld)');
  });

  it('collapses whitespace, makes non-breaking spaces plain and drops invisible characters', () => {
    const f = flat('<div>  Question\u00a0n°\u00a07-1649 \n\t du   2 juin\u200b 2022  </div>');
    expect(f.text).toBe('Question n° 7-1649 du 2 juin 2022');
  });

  it('skips scripts, styles, hidden elements and form controls', () => {
    const f = flat('<p>1) Visible<script>var x = "1) hidden";</script></p><div hidden>secret</div><select><option>Menu</option></select><p>2) Also</p>');
    expect(f.text).toBe('1) Visible\n\n2) Also');
  });

  it('puts table cells of a row on one line, separated by a tab, and rows on their own lines', () => {
    const f = flat('<table><tr><td>2/6/2022</td><td>Envoi question</td></tr><tr><td>7/7/2022</td><td>Réponse</td></tr></table>');
    expect(f.text).toBe('2/6/2022\tEnvoi question\n7/7/2022\tRéponse');
  });

  it('keeps inline markup inside one line (nested font and b)', () => {
    const f = flat('<font face="Arial"><font size="2">1) Dans <b>quel</b> contexte</font></font>');
    expect(f.text).toBe('1) Dans quel contexte');
  });

  it('maps every offset of the flat text back to the text node and offset it came from', () => {
    const f = flat('<p>de <b>Els</b>   Ampe</p><p>Réponse reçue le 7 juillet 2022 :</p>');
    for (const word of ['Els', 'Ampe', 'Réponse', 'juillet']) {
      const at = f.text.indexOf(word);
      const point = f.toDom(at)!;
      expect(point.node.data.slice(point.offset, point.offset + word.length)).toBe(word);
    }
  });

  it('lands offsets on inserted line breaks forward on the next text, backward on the previous', () => {
    const f = flat('<p>alpha</p><p>beta</p>');
    const breakAt = f.text.indexOf('\n');
    expect(f.toDom(breakAt, 'forward')!.node.data).toBe('beta');
    const back = f.toDom(breakAt, 'backward')!;
    expect(back.node.data).toBe('alpha');
    expect(back.offset).toBe(5);
  });

  it('reads a page of 20 000 paragraphs in one pass', () => {
    const html = Array.from({ length: 20_000 }, (_, i) => `<p>${i + 1}) Paragraphe numéro ${i + 1} ?</p>`).join('');
    const f = flat(html);
    expect(f.textNodeCount).toBe(20_000);
    expect(f.text.split('\n\n')).toHaveLength(20_000);
  });
});

describe('trimSpan', () => {
  it('shrinks a span to its non-blank text', () => {
    const text = '  \n 1) Dans quel contexte ?\n\n';
    const span = trimSpan(text, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('1) Dans quel contexte ?');
  });
});
