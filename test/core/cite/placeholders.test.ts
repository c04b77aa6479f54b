import { describe, expect, it } from 'vitest';
import { citationFields, renderTemplate, TEMPLATE_PLACEHOLDERS, validateTemplate } from '../../../src/core/cite';
import { referenceAnalysis, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';
import { pageTranslator, PLACEHOLDER_HELP } from '../../../src/options/strings';

describe('custom template placeholders', () => {
  it('lists exactly the fields a template is filled with, each described', () => {
    const a = referenceAnalysis('fr');
    const fields = citationFields(SENATE_CITATION, a, 'fr', URL_FR, a.items[0]);
    expect(TEMPLATE_PLACEHOLDERS.map((p) => p.name).sort()).toEqual(Object.keys(fields).sort());
    // Described in the options page's strings, in each language (core holds no words).
    for (const p of TEMPLATE_PLACEHOLDERS) {
      for (const language of ['en', 'fr', 'nl'] as const) expect(pageTranslator(language)(PLACEHOLDER_HELP[p.name]).length, `${language} ${p.name}`).toBeGreaterThan(10);
    }
  });

  it('fills a user template on the reference question, session included', () => {
    const a = referenceAnalysis('fr');
    const template = '{author} ({party}), QE {id}, {session}, {askedOnIso}[, point {label}]';
    expect(validateTemplate(template)).toEqual({ ok: true, unknown: [] });
    expect(renderTemplate(template, citationFields(SENATE_CITATION, a, 'fr', URL_FR))).toBe('Els Ampe (Open Vld), QE 7-1649, 2021-2022, 2022-06-02');
    expect(renderTemplate(template, citationFields(SENATE_CITATION, a, 'fr', URL_FR, a.items[0]))).toBe('Els Ampe (Open Vld), QE 7-1649, 2021-2022, 2022-06-02, point 4');
  });

  it('reports unknown placeholders once each, and a brace left open', () => {
    expect(validateTemplate('{auteur} – {id} [{date}] {auteur}')).toEqual({ ok: false, unknown: ['auteur', 'date'] });
    expect(validateTemplate('Question {id} {url')).toEqual({ ok: false, unknown: ['{url'] });
    expect(validateTemplate('{Author}')).toEqual({ ok: false, unknown: ['Author'] });
  });
});
