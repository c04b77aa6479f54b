import { describe, expect, it } from 'vitest';
import { isCopyCitationRequest, isPageSummary, isPageSummaryRequest } from '../../src/platform/page-messages';

const SUMMARY = {
  id: '7-1649',
  title: 'Clearview - Reconnaissance faciale',
  author: 'Els Ampe',
  party: 'Open Vld',
  language: 'fr',
  counts: { answered: 6, referred: 1, deflected: 1 },
  total: 8,
  attention: 2,
  open: true,
  citation: { text: 'Question écrite n° 7-1649', html: 'Question écrite n° 7-1649' },
};

describe('popup and context-menu messages', () => {
  it('recognises the requests by their type only', () => {
    expect(isPageSummaryRequest({ type: 'ql:page-summary' })).toBe(true);
    expect(isCopyCitationRequest({ type: 'ql:copy-citation' })).toBe(true);
    expect(isPageSummaryRequest({ type: 'ql:toggle' })).toBe(false);
    expect(isCopyCitationRequest(null)).toBe(false);
  });

  it('accepts a page summary of the right shape only', () => {
    expect(isPageSummary(SUMMARY)).toBe(true);
    expect(isPageSummary({ ...SUMMARY, id: null, title: null })).toBe(true);
    expect(isPageSummary({ ...SUMMARY, language: 'de' })).toBe(false);
    expect(isPageSummary({ ...SUMMARY, counts: { answered: -1 } })).toBe(false);
    expect(isPageSummary({ ...SUMMARY, counts: { unknown: 1 } })).toBe(false);
    expect(isPageSummary({ ...SUMMARY, citation: { text: 'x' } })).toBe(false);
    expect(isPageSummary({ ...SUMMARY, open: 'yes' })).toBe(false);
    expect(isPageSummary(undefined)).toBe(false);
  });
});
