import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/args';
import { collectTargets, onBase, parseQuestionList, readQuestionRef, targetLabel } from '../../../src/cli/fetch/targets';

const FR = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
const NL = 'https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl';
const noFiles = async (file: string): Promise<string> => {
  throw Object.assign(new Error(`no ${file}`), { code: 'ENOENT' });
};

describe('readQuestionRef', () => {
  it('reads ids, in their one spelling', () => {
    expect(readQuestionRef('7-1649')).toEqual({ questionId: '7-1649', language: null });
    expect(readQuestionRef(' 07-01649 ')).toEqual({ questionId: '7-1649', language: null });
  });
  it('reads Senate addresses with their language, the print page as the question it prints', () => {
    expect(readQuestionRef(NL)).toEqual({ questionId: '7-1649', language: 'nl' });
    expect(readQuestionRef('https://www.senaat.be/www/?MIval=Vragen/SVPrint&LEG=5&NR=1480&LANG=nl')).toEqual({ questionId: '5-1480', language: 'nl' });
    expect(readQuestionRef('http://senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=6&NR=3')).toEqual({ questionId: '6-3', language: null });
  });
  it.each(['7', '7-', '7-x', '7_1649', '123-1', '7-123456', '0-5', '7-0', 'https://www.senate.be.evil.com/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1', 'https://www.senate.be/www/?MIval=/Zoeken/Vragen&LEG=7'])(
    'refuses %j',
    (text) => expect(readQuestionRef(text)).toBeNull(),
  );
});

describe('parseQuestionList', () => {
  it('skips comments and blank lines, reads ids and addresses', () => {
    const text = '\uFEFF# my audit\n7-1649\n\n   \n  7-2  # trailing comment\r\n' + NL + '\n#7-999\n';
    expect(parseQuestionList(text, 'list.txt')).toEqual([
      { questionId: '7-1649', language: null },
      { questionId: '7-2', language: null },
      { questionId: '7-1649', language: 'nl' },
    ]);
  });
  it('names the file and line of what it cannot read', () => {
    expect(() => parseQuestionList('7-1\n\nquestion 7-2\n', 'list.txt')).toThrow(UsageError);
    expect(() => parseQuestionList('7-1\n\nquestion 7-2\n', 'list.txt')).toThrow('list.txt:3: "question 7-2" is not a question id (7-1649) or a Senate question address');
  });
});

describe('onBase', () => {
  it('replaces scheme and host, and puts the base path first', () => {
    expect(onBase(FR, 'http://127.0.0.1:8123')).toBe('http://127.0.0.1:8123/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr');
    expect(onBase(NL, 'https://mirror.example/senate/')).toBe('https://mirror.example/senate/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl');
  });
});

describe('collectTargets', () => {
  const request = { ids: [] as string[], listFiles: [] as string[], range: null, languages: ['fr'] as const, base: null };

  it("builds the Senate's own addresses: French on senate.be, Dutch on senaat.be", async () => {
    const targets = await collectTargets({ ...request, ids: ['7-1649'], languages: ['fr', 'nl'] }, noFiles);
    expect(targets).toEqual([
      { questionId: '7-1649', legislature: 7, language: 'fr', url: FR, fetchUrl: FR, explicit: true },
      { questionId: '7-1649', legislature: 7, language: 'nl', url: NL, fetchUrl: NL, explicit: true },
    ]);
  });

  it('fetches from --base but keeps the Senate address', async () => {
    const [target] = await collectTargets({ ...request, ids: ['7-1649'], base: 'http://127.0.0.1:8123' }, noFiles);
    expect(target).toMatchObject({ url: FR, fetchUrl: 'http://127.0.0.1:8123/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr' });
  });

  it('takes ids, then lists, then the range, each page once; a page named and in the range is named', async () => {
    const files: Record<string, string> = { 'a.txt': `7-3\n${NL}\n7-1\n` };
    const targets = await collectTargets(
      { ...request, ids: ['7-2', '7-02'], listFiles: ['a.txt'], range: { legislature: 7, from: 1, to: 4 } },
      async (file) => files[file] ?? noFiles(file),
    );
    expect(targets.map((t) => `${targetLabel(t)}${t.explicit ? '!' : ''}`)).toEqual(['7-2-fr!', '7-3-fr!', '7-1649-nl!', '7-1-fr!', '7-4-fr']);
  });

  it('refuses a bad id, an unreadable list and an empty one in one line', async () => {
    await expect(collectTargets({ ...request, ids: ['7-1649', 'x'] }, noFiles)).rejects.toThrow('"x" is not a question id (7-1649) or a Senate question address');
    await expect(collectTargets({ ...request, listFiles: ['gone.txt'] }, noFiles)).rejects.toThrow('cannot read the list gone.txt: no such file');
    await expect(collectTargets({ ...request, listFiles: ['empty.txt'] }, async () => '# nothing yet\n\n')).rejects.toThrow('the list empty.txt names no question');
  });
});
