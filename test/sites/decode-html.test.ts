import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from '../../src/sites/decode-html';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeHtml', () => {
  it('honours a windows-1252 meta charset, including the 0x80-0x9F punctuation', () => {
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>n', [0x92], 'a ', [0xab], 'Child Abuse', [0xbb], ' mises en ', [0x9c], 'uvre ', [0x96], ' ', [0xe9], 't', [0xe9], '</p>');
    expect(decodeHtml(page)).toContain('n’a «Child Abuse» mises en œuvre – été');
  });
  it('reads <meta charset="iso-8859-1"> as windows-1252, as browsers do', () => {
    expect(decodeHtml(bytes('<meta charset="iso-8859-1">', [0x92]))).toBe('<meta charset="iso-8859-1">’');
  });
  it('uses the byte-order mark before any meta', () => {
    const page = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="windows-1252">é', 'utf8')]);
    expect(decodeHtml(page)).toBe('<meta charset="windows-1252">é');
  });
  it('defaults to UTF-8, also for an unknown label', () => {
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>Réponse reçue</p>', 'utf8')))).toBe('<p>Réponse reçue</p>');
    expect(decodeHtml(new Uint8Array(Buffer.from('<meta charset="x-nonsense">é', 'utf8')))).toBe('<meta charset="x-nonsense">é');
  });
  it('reads bytes with no declared charset that are not valid UTF-8 as windows-1252', () => {
    const page = bytes('<p>R', [0xe9], 'ponse re', [0xe7], 'ue le 7 juillet 2022 : n', [0x92], 'a ', [0xab], 'Child Focus', [0xbb], '</p>');
    expect(decodeHtml(page)).toBe('<p>Réponse reçue le 7 juillet 2022 : n’a «Child Focus»</p>');
  });
  it('keeps valid UTF-8 without a declared charset as UTF-8', () => {
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>n’a «Child Focus» œuvre</p>', 'utf8')))).toBe('<p>n’a «Child Focus» œuvre</p>');
  });
  it('finds the declared charset', () => {
    expect(declaredCharset(bytes('<head><META HTTP-EQUIV="content-type" CONTENT="text/html; charset=Windows-1252">'))).toBe('windows-1252');
    expect(declaredCharset(bytes('<p>no meta</p>'))).toBeNull();
  });
});
