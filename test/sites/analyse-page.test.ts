import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/analysis.schema.json';
import { allSiteFixtures, analyseFixture, differences, expectedOf, fixtureCases, fixtureUrl } from '../helpers/fixtures';
import { SITES, siteById } from '../../src/sites/registry';
import { PAGE_INCOMPLETE } from '../../src/core/model';

// One harness for every site: each case is [site id, case name].
const cases = allSiteFixtures();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the engine on every site’s fixtures', () => {
  it('has fixtures to run on, for every site', () => {
    for (const site of SITES) expect(fixtureCases(site.id).length, site.id).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s/%s sits at one of its site’s addresses', (site, name) => {
    const url = fixtureUrl(name, site);
    if (url !== null) expect(siteById(site)!.domains.some((d) => new URL(url).hostname.endsWith(d)), url).toBe(true);
  });

  it.each(cases)('%s/%s reads as expected, field by field', (site, name) => {
    const expected = expectedOf(name, site);
    const { analysis } = analyseFixture(name, site);
    expect(analysis.page.site).toBe(site);
    expect(analysis.page.kind).toBe(expected.page.kind);
    // A page cut short (expected items: []) gets no verdict; every other question page has items.
    if (expected.page.kind === 'written-question' && expected.items?.length !== 0) expect(analysis.items.length).toBeGreaterThan(0);
    expect(differences(name, site)).toEqual([]);
  });

  it.each(cases)('%s/%s gives an Analysis valid against the JSON Schema', (site, name) => {
    const { analysis } = analyseFixture(name, site);
    const valid = validate(JSON.parse(JSON.stringify(analysis)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(cases)('%s/%s: every span points at the text it names', (site, name) => {
    const { analysis, flat } = analyseFixture(name, site);
    for (const item of analysis.items) {
      expect(flat.text.slice(item.questionSpan.start, item.questionSpan.end)).toBe(item.question);
      if (item.answerSpan) expect(flat.text.slice(item.answerSpan.start, item.answerSpan.end)).toBe(item.answer);
      for (const reason of item.reasons) {
        if (reason.span && reason.evidence) expect(flat.text.slice(reason.span.start, reason.span.end)).toBe(reason.evidence);
      }
    }
  });
});

describe('the engine on a page cut short', () => {
  it('gives no verdict: no items, timeliness unknown, the page-incomplete warning', () => {
    const { analysis } = analyseFixture('truncated');
    expect(analysis.page.kind).toBe('written-question');
    expect(analysis.regions.question).not.toBeNull();
    expect(analysis.regions.answer).toBeNull();
    expect(analysis.items).toEqual([]);
    expect(analysis.timeliness.verdict).toBe('unknown');
    expect(analysis.warnings).toContain(PAGE_INCOMPLETE);
    expect(analysis.warnings.some((w) => /No sub-question/.test(w))).toBe(false);
  });

  it('reads the real Dutch print variant with its answer', () => {
    const { analysis } = analyseFixture('print-nl-5-1480');
    expect(analysis.warnings).not.toContain(PAGE_INCOMPLETE);
    expect(analysis.items.map((i) => i.label)).toEqual(['1', '2', '3']);
  });
});
