// Folders given to `analyse`: walked recursively for .html and .htm pages, in a stable order.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'question-lens-inputs-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '<html></html>');
  }
  return root;
}

describe('expandInputs', () => {
  it('walks a folder for .html and .htm files, any case, in the byte order of their paths', async () => {
    const root = tree(['b.html', 'a/z.htm', 'a/notes.txt', 'A.HTML', 'a-b.html', 'sub/deeper/x.html', 'sub/page.html.bak', 'Z.Htm']);
    const inputs = await expandInputs([root]);
    expect(inputs.map((i) => i.path.slice(root.length + 1))).toEqual(['A.HTML', 'Z.Htm', 'a-b.html', 'a/z.htm', 'b.html', 'sub/deeper/x.html']);
    expect(inputs.every((i) => i.kind === 'file' && i.inFolder)).toBe(true);
  });

  it('keeps the order of the names given, a folder expanded in its place, "-" as standard input', async () => {
    const root = tree(['2.html', '1.html']);
    const inputs = await expandInputs(['first.html', root, '-', 'last.html']);
    expect(inputs).toEqual([
      { kind: 'file', path: 'first.html' },
      { kind: 'file', path: join(root, '1.html'), inFolder: true },
      { kind: 'file', path: join(root, '2.html'), inFolder: true },
      { kind: 'stdin', path: '-' },
      { kind: 'file', path: 'last.html' },
    ]);
  });

  it('names a folder with no page as a failure in its place', async () => {
    const root = tree(['readme.txt']);
    const [input] = await expandInputs([root]);
    expect(input).toMatchObject({ kind: 'failed', path: root, failure: { ok: false, file: root, code: 2, message: 'no .html or .htm page in this folder', reason: 'no-pages' } });
  });

  it('follows links to files and folders, and walks a folder reached twice once (a link loop ends)', async () => {
    const root = tree(['real/p.html']);
    symlinkSync(join(root, 'real'), join(root, 'real', 'loop'));
    symlinkSync(join(root, 'real', 'p.html'), join(root, 'link.html'));
    const inputs = await expandInputs([root]);
    expect(inputs.map((i) => i.path.slice(root.length + 1))).toEqual(['link.html', 'real/p.html']);
  });
});
