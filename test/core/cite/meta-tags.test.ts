import { describe, expect, it } from 'vitest';
import { citationMetaTags } from '../../../src/core/cite';
import { referenceAnalysis, TITLE_FR, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

describe('citation meta tags', () => {
  it('describes the reference question in Highwire and Dublin Core tags', () => {
    expect(citationMetaTags(SENATE_CITATION, referenceAnalysis('fr'), URL_FR)).toEqual([
      { name: 'citation_title', content: TITLE_FR },
      { name: 'citation_author', content: 'Ampe, Els' },
      { name: 'citation_date', content: '2022/06/02' },
      { name: 'citation_publication_date', content: '2022/06/02' },
      { name: 'citation_publisher', content: 'Sénat de Belgique' },
      { name: 'citation_technical_report_institution', content: 'Sénat de Belgique' },
      { name: 'citation_technical_report_number', content: '7-1649' },
      { name: 'citation_language', content: 'fr' },
      { name: 'citation_public_url', content: URL_FR },
      { name: 'DC.title', content: TITLE_FR },
      { name: 'DC.creator', content: 'Ampe, Els' },
      { name: 'DC.date', content: '2022-06-02' },
      { name: 'DC.type', content: 'Text' },
      { name: 'DC.identifier', content: URL_FR },
      { name: 'DC.language', content: 'fr' },
      { name: 'DC.publisher', content: 'Sénat de Belgique' },
    ]);
  });

  it('names the Senate in the page language and leaves out what is unknown', () => {
    const a = referenceAnalysis('nl');
    a.question.author = null;
    a.question.askedOn = null;
    a.question.title = null;
    const tags = citationMetaTags(SENATE_CITATION, a, null);
    expect(tags).toContainEqual({ name: 'citation_publisher', content: 'Belgische Senaat' });
    expect(tags).toContainEqual({ name: 'citation_title', content: 'Schriftelijke vraag nr. 7-1649' });
    expect(tags).toContainEqual({ name: 'DC.identifier', content: '7-1649' });
    expect(tags.map((t) => t.name)).not.toContain('citation_author');
    expect(tags.map((t) => t.name)).not.toContain('citation_date');
    expect(tags.every((t) => t.content.length > 0)).toBe(true);
  });
});
