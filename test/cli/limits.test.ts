// What the reader refuses unread: too many bytes, or elements nested too deep for the parser.

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../src/cli/analyse-file';
import { decodeHtml } from '../../src/sites/decode-html';
import { MAX_NESTING, MAX_PAGE_BYTES, nestingDepth, nestsDeeperThan } from '../../src/cli/limits';
import { readStreamLimited } from '../../src/cli/read-input';
import { fixtureCases, fixturePath } from '../helpers/fixtures';

describe('nestingDepth', () => {
  it('follows the parser on real pages: every fixture nests a dozen deep at most', () => {
    for (const name of fixtureCases()) {
      const depth = nestingDepth(decodeHtml(readFileSync(fixturePath(name))));
      expect(depth, name).toBeGreaterThan(0);
      expect(depth, name).toBeLessThan(20);
    }
  });

  it('counts as the parser nests: void elements, implied closes, stray closes, raw text, svg', () => {
    expect(nestingDepth('<div><div><span>x</span></div></div>')).toBe(3);
    expect(nestingDepth('<p>a<p>b<p>c')).toBe(1); // a <p> closes the open <p>
    expect(nestingDepth('<ul><li>a<li>b<li>c</ul>')).toBe(2);
    expect(nestingDepth('<div><br><img src=x><hr><input></div>')).toBe(2);
    expect(nestingDepth('<div></span></b><span></div>')).toBe(2); // a close of nothing open is ignored
    expect(nestingDepth('<script><div><div><div></script><b>')).toBe(1);
    expect(nestingDepth('<!-- <div><div> --><b>')).toBe(1);
    expect(nestingDepth('<svg><path/><path/><path/></svg>')).toBe(2);
    expect(nestingDepth('<svg>' + '<g/>'.repeat(10_000))).toBe(2);
    expect(nestingDepth('<div/><div/><div/>')).toBe(3); // in HTML "/>" does not close a <div>
    expect(nestingDepth('a < b, <3 et <> et </>')).toBe(0);
  });

  it('passes over hostile markup in linear time', () => {
    const started = performance.now();
    expect(nestsDeeperThan('<div>'.repeat(200_000))).toBe(true);
    expect(nestingDepth('<x'.repeat(1_000_000))).toBe(0);
    expect(nestingDepth('<p>'.repeat(500_000) + '<script>' + '<a'.repeat(100_000))).toBe(2);
    expect(nestingDepth('<script></scrip'.repeat(100_000))).toBe(1);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('stops counting past the limit', () => {
    expect(nestingDepth('<div>'.repeat(100_000), MAX_NESTING)).toBe(MAX_NESTING + 1);
  });
});

describe('analyseBytes on pathological pages', () => {
  it('refuses a page nesting 100 000 elements in well under a second (it took minutes)', () => {
    const started = performance.now();
    const r = analyseBytes('deep.html', new TextEncoder().encode(`<html><body>${'<div>'.repeat(100_000)}x</body></html>`), { url: null });
    expect(r).toEqual({ ok: false, file: 'deep.html', code: 5, message: `page nests elements more than ${MAX_NESTING} deep`, reason: 'too-deep' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a page nesting 2 000 deep', () => {
    const r = analyseBytes('deep.html', new TextEncoder().encode(`<html><body>${'<div>'.repeat(2000)}x</body></html>`), { url: null });
    expect(r).toMatchObject({ ok: false, reason: 'not-a-question' });
  });

  it('refuses bytes over the limit', () => {
    expect(analyseBytes('big.html', new Uint8Array(MAX_PAGE_BYTES + 1), { url: null })).toMatchObject({ ok: false, code: 5, message: 'file is larger than 5 MB', reason: 'too-large' });
  });
});

describe('readStreamLimited', () => {
  it('reads a stream to its end', async () => {
    const r = await readStreamLimited(Readable.from([Buffer.from('<p>a'), 'b</p>']));
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('<p>ab</p>');
  });

  it('stops reading an endless stream just past the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 65536;
        this.push(new Uint8Array(65536));
      },
    });
    const r = await readStreamLimited(endless, 1_000_000);
    expect(r).toEqual({ ok: false, why: 'too-large' });
    expect(pulled).toBeLessThan(1_000_000 + 4 * 65536);
    expect(endless.destroyed).toBe(true);
  });
});
