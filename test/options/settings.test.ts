import { describe, expect, it } from 'vitest';
import {
  changedSettings,
  customTemplateOf,
  DEFAULT_SETTINGS,
  MAX_TEMPLATES,
  newTemplateId,
  readSettings,
  type Settings,
} from '../../src/ui/settings';
import { storable } from '../../src/options/page';

const LEGAL_ISH = { id: 'legal1', name: 'Mon style', template: 'Q.R., Sénat, {session}, n° {id}[ ({author})]' };

describe('reading stored settings', () => {
  it('gives the defaults for nothing stored or a value of the wrong kind', () => {
    for (const raw of [undefined, null, 'right', 42, [], true]) expect(readSettings(raw), JSON.stringify(raw)).toEqual(DEFAULT_SETTINGS);
    // Link chips fetch pages: off until the reader asks for them.
    expect(DEFAULT_SETTINGS).toEqual({ side: 'right', open: 'auto', highlights: true, linkChips: false, language: 'page', citationForm: 'senate', templates: [] });
  });

  it('keeps every valid field and drops each broken one on its own', () => {
    const got = readSettings({ side: 'left', open: 'sometimes', highlights: 'yes', linkChips: 'yes', language: 'nl', citationForm: 'bibtex', extra: 1 });
    expect(got).toEqual({ side: 'left', open: 'auto', highlights: true, linkChips: false, language: 'nl', citationForm: 'bibtex', templates: [] });
    expect(readSettings({ linkChips: true }).linkChips).toBe(true);
    expect(readSettings({ open: 'on-demand', highlights: false, language: 'de', side: 'top' })).toEqual({
      ...DEFAULT_SETTINGS,
      open: 'on-demand',
      highlights: false,
    });
  });

  it('keeps whole templates with known placeholders, once per id, and no more than the limit', () => {
    const templates = [
      LEGAL_ISH,
      { id: 'legal1', name: 'again', template: '{id}' }, // same id: the first stands
      { id: 'bad', name: 'Typo', template: '{id} by {autor}' }, // unknown placeholder
      { id: 'open', name: 'Unclosed', template: '{id' },
      { id: 'empty', name: 'Empty', template: '   ' },
      { id: 'has space', name: 'Bad id', template: '{id}' },
      { id: 'noname', template: '{title}' }, // a missing name becomes the id
      'not an object',
      null,
    ];
    const got = readSettings({ templates });
    expect(got.templates).toEqual([LEGAL_ISH, { id: 'noname', name: 'noname', template: '{title}' }]);

    const many = Array.from({ length: MAX_TEMPLATES + 3 }, (_, i) => ({ id: `t${i}`, name: `T${i}`, template: '{id}' }));
    expect(readSettings({ templates: many }).templates.map((t) => t.id)).toEqual(many.slice(0, MAX_TEMPLATES).map((t) => t.id));
  });

  it('accepts a custom default form only while its template exists', () => {
    expect(readSettings({ templates: [LEGAL_ISH], citationForm: 'custom:legal1' }).citationForm).toBe('custom:legal1');
    expect(readSettings({ templates: [], citationForm: 'custom:legal1' }).citationForm).toBe('senate');
    expect(readSettings({ citationForm: 'harvard' }).citationForm).toBe('senate');
    expect(readSettings({ citationForm: 'csl-json' }).citationForm).toBe('csl-json');
  });
});

describe('settings helpers', () => {
  it('finds the template a custom form names', () => {
    expect(customTemplateOf('custom:legal1', [LEGAL_ISH])).toBe(LEGAL_ISH);
    expect(customTemplateOf('custom:other', [LEGAL_ISH])).toBeNull();
    expect(customTemplateOf('legal', [LEGAL_ISH])).toBeNull();
  });

  it('names what changed', () => {
    const before: Settings = { ...DEFAULT_SETTINGS, templates: [LEGAL_ISH] };
    const after: Settings = { ...before, side: 'left', templates: [{ ...LEGAL_ISH, name: 'Renamed' }] };
    expect([...changedSettings(before, after)].sort()).toEqual(['side', 'templates']);
    expect(changedSettings(before, structuredClone(before)).size).toBe(0);
  });

  it('makes template ids unlike the ones in use', () => {
    const values = [0.5, 0.5, 0.25];
    const first = newTemplateId([], () => 0.5);
    expect(first).toMatch(/^t[0-9a-z]+$/);
    expect(newTemplateId([{ id: first, name: '', template: '' }], () => values.shift()!)).not.toBe(first);
  });

  it('stores only the templates that would render, and the rest of the draft as it is', () => {
    const draft: Settings = {
      ...DEFAULT_SETTINGS,
      side: 'left',
      citationForm: 'custom:typo',
      templates: [LEGAL_ISH, { id: 'typo', name: 'Typo', template: '{id} {autor}' }],
    };
    // The typo'd template is left out, so the default form that named it falls back too.
    expect(storable(draft)).toEqual({ ...DEFAULT_SETTINGS, side: 'left', templates: [LEGAL_ISH] });
  });
});
