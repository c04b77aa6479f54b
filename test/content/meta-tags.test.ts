import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { citationMetaTags } from '../../src/core/cite';
import { insertCitationMeta, insertMetaTags } from '../../src/content/meta-tags';
import { referenceAnalysis, URL_FR } from '../core/cite/reference';
import { SENATE_CITATION } from '../../src/sites/senate-be/citation';

const page = () => parseHTML('<html><head><title>Sénat</title><meta name="keywords" content="x"></head><body><p>Question</p></body></html>').document;

describe('citation meta tags in the page', () => {
  it('inserts the question metadata in the head, as name/content pairs', () => {
    const doc = page();
    insertCitationMeta(doc, SENATE_CITATION, referenceAnalysis('fr'), URL_FR);
    const meta = (name: string) => [...doc.head.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
    expect(meta('citation_title')).toEqual(['Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances']);
    expect(meta('citation_author')).toEqual(['Ampe, Els']);
    expect(meta('citation_date')).toEqual(['2022/06/02']);
    expect(meta('citation_technical_report_number')).toEqual(['7-1649']);
    expect(meta('DC.identifier')).toEqual([URL_FR]);
    expect(meta('keywords')).toEqual(['x']);
  });

  it('puts values in attributes, never markup, and replaces what an earlier instance left', () => {
    const doc = page();
    insertMetaTags(doc, [{ name: 'citation_title', content: 'x" onload="alert(1)' }]);
    const remove = insertMetaTags(doc, [{ name: 'citation_title', content: '<b>Clearview</b> & "co"' }]);
    const metas = doc.head.querySelectorAll('meta[name="citation_title"]');
    expect(metas.length).toBe(1);
    expect(metas[0]!.getAttribute('content')).toBe('<b>Clearview</b> & "co"');
    expect(doc.head.querySelector('b')).toBeNull();
    remove();
    expect(doc.head.querySelectorAll('meta[name^="citation_"]').length).toBe(0);
    expect(doc.head.querySelectorAll('meta').length).toBe(1); // the page's own
  });

  it('adds as many tags as core/cite gives', () => {
    const doc = page();
    const analysis = referenceAnalysis('fr');
    insertCitationMeta(doc, SENATE_CITATION, analysis, URL_FR);
    expect(doc.head.querySelectorAll('meta[data-question-lens-meta]').length).toBe(citationMetaTags(SENATE_CITATION, analysis, URL_FR).length);
  });
});
