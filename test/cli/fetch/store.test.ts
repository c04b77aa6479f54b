import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/sites/decode-html';
import { isSaved, savedFromComment, savedPaths, savePage, withSavedFromComment, type PageRecord } from '../../../src/cli/fetch/store';
import type { Target } from '../../../src/cli/fetch/targets';
import { addressInSavedPage } from '../../../src/cli/page-url';

const FR = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
const target: Target = { questionId: '7-1649', legislature: 7, language: 'fr', url: FR, fetchUrl: FR, explicit: true };
const record = (bytes: number): PageRecord => ({ url: FR, fetchedAt: '2026-01-02T03:04:05.000Z', status: 200, contentType: 'text/html', bytes, writtenQuestion: true });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ql-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the saved-from comment', () => {
  it('is written as browsers write it, and the reader of saved pages finds the address in it', () => {
    expect(savedFromComment(FR)).toBe(`<!-- saved from url=(0081)${FR} -->\n`);
    expect(savedFromComment('http://a.be/')).toBe('<!-- saved from url=(0012)http://a.be/ -->\n');
    const page = new TextDecoder().decode(withSavedFromComment(FR, new TextEncoder().encode('<!DOCTYPE html><html><head><link rel="canonical" href="https://elsewhere.example/"></head></html>')));
    expect(addressInSavedPage(page)).toBe(FR);
  });

  it('goes after a byte-order mark, so the page still decodes as what it is', () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<html><body>Réponse</body></html>')]);
    const saved = withSavedFromComment(FR, body);
    expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeHtml(saved)).toBe(`${savedFromComment(FR)}<html><body>Réponse</body></html>`);

    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<html>é</html>', 'utf16le')]);
    expect(decodeHtml(withSavedFromComment(FR, utf16))).toBe(`${savedFromComment(FR)}<html>é</html>`);
  });
});

describe('savePage and isSaved', () => {
  it('writes DIR/<leg>/<id>-<lang>.html and .json and nothing else', async () => {
    const body = new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]); // <p>é</p> in windows-1252
    expect(await isSaved(dir, target)).toBe(false);
    const paths = await savePage(dir, target, body, record(body.length));
    expect(paths).toEqual(savedPaths(dir, target));
    expect(paths.page).toBe(join(dir, '7', '7-1649-fr.html'));
    expect(readdirSync(join(dir, '7')).sort()).toEqual(['7-1649-fr.html', '7-1649-fr.json']);
    const saved = readFileSync(paths.page);
    const comment = Buffer.from(savedFromComment(FR), 'latin1');
    expect(Buffer.compare(saved.subarray(0, comment.length), comment)).toBe(0);
    expect([...saved.subarray(comment.length)]).toEqual([...body]);
    expect(JSON.parse(readFileSync(paths.meta, 'utf8'))).toEqual(record(8));
    expect(await isSaved(dir, target)).toBe(true);
  });

  it('counts a page without its record (a run stopped between the two) as not saved', async () => {
    const paths = await savePage(dir, target, new Uint8Array([0x3c]), record(1));
    rmSync(paths.meta);
    expect(await isSaved(dir, target)).toBe(false);
    writeFileSync(paths.meta, '{}');
    rmSync(paths.page);
    expect(await isSaved(dir, target)).toBe(false);
  });

  it('replaces a page saved before, whole', async () => {
    await savePage(dir, target, new TextEncoder().encode('old old old old'), record(15));
    const paths = await savePage(dir, target, new TextEncoder().encode('new'), record(3));
    expect(readFileSync(paths.page, 'utf8')).toBe(`${savedFromComment(FR)}new`);
    expect(readdirSync(join(dir, '7')).sort()).toEqual(['7-1649-fr.html', '7-1649-fr.json']);
  });
});
