// The sites as one registry, and everything the extension derives from it agreeing with it: the
// manifest's content-script matches and host permissions (both browsers), the sender check, the
// context menu's document patterns and the popup's link. Every site accepts its own example
// addresses, rejects its must-not-match ones, and rejects every other site's (and other
// parliaments' question pages).

import { describe, expect, it } from 'vitest';
import { sourceManifest } from '../../scripts/lib/manifest';
import { QUESTION_PAGE_PATTERNS } from '../../src/background/menu';
import { writtenQuestionsUrl } from '../../src/popup/view';
import { descriptorForUrl, isSiteAddress, questionPagePatterns, SITE_DESCRIPTORS, siteMatchPatterns } from '../../src/sites/descriptors';
import { SITES, siteForUrl } from '../../src/sites/registry';
import type { UrlExamples } from '../../src/sites/site';
import { SENATE_URL_EXAMPLES } from '../../src/sites/senate-be/url-examples';

/** Every site's examples, by site id: a new site adds its own here. */
const EXAMPLES: Record<string, UrlExamples> = { 'senate-be': SENATE_URL_EXAMPLES };

/** Written-question pages of parliaments we do not read: no site may claim them. */
const FOREIGN_QUESTION_PAGES = [
  'https://www.lachambre.be/kvvcr/showpage.cfm?section=qrva&language=fr&cfm=qrvaXml.cfm?legislat=55&dossierID=55-B084-1194-0700-2021202215087.xml',
  'https://www.dekamer.be/kvvcr/showpage.cfm?section=qrva&language=nl&cfm=qrvaXml.cfm?legislat=55&dossierID=55-B084',
  'https://www.parlement-wallonie.be/pwpages?p=doc-recherche-det&type=28&id_doc=117420',
  'https://www.europarl.europa.eu/doceo/document/E-9-2022-002345_FR.html',
  'https://www.vlaamsparlement.be/nl/parlementair-werk/vragen-en-interpellaties/schriftelijke-vragen/1707035',
];

/** A WebExtension match pattern ("*://*.senate.be/*Vragen*") tested against an address, as the
 * browser does: scheme, host (with "*." for any subdomain or none), and path with query. */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (scheme === '*' ? !['http:', 'https:'].includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostname = u.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
  } else if (host !== '*' && hostname !== host) return false;
  const glob = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}

describe('site registry', () => {
  it('lists the same sites, in the same order, light and whole', () => {
    expect(SITES.map((s) => s.id)).toEqual(SITE_DESCRIPTORS.map((d) => d.id));
    expect(SITES.length).toBeGreaterThan(0);
    SITES.forEach((site, i) => {
      const d = SITE_DESCRIPTORS[i]!;
      expect(site.isCandidateUrl).toBe(d.isCandidateUrl);
      expect(site.domains).toEqual(d.domains);
      expect(Object.keys(EXAMPLES)).toContain(site.id);
    });
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s accepts its own examples and rejects its must-not-match ones', (_id, site) => {
    const { mustMatch, mustNotMatch } = EXAMPLES[site.id]!;
    expect(mustMatch.length).toBeGreaterThan(3);
    for (const url of mustMatch) {
      expect(site.isCandidateUrl(url), url).toBe(true);
      expect(siteForUrl(url)?.id, url).toBe(site.id);
      expect(descriptorForUrl(url)?.id, url).toBe(site.id);
      // Its address reads back into the same question, and the site builds that question's address.
      const address = site.parseQuestionUrl(url)!;
      expect(address.questionId, url).toMatch(/\S/);
      const rebuilt = site.questionUrl(address.questionId, address.language ?? 'fr')!;
      expect(site.parseQuestionUrl(rebuilt)?.questionId).toBe(address.questionId);
    }
    for (const url of mustNotMatch) {
      expect(site.isCandidateUrl(url), url).toBe(false);
      expect(site.parseQuestionUrl(url), url).toBeNull();
    }
  });

  it('every site rejects every other site’s addresses and other parliaments’ question pages', () => {
    for (const site of SITES) {
      const others = SITES.filter((s) => s !== site).flatMap((s) => EXAMPLES[s.id]!.mustMatch);
      for (const url of [...others, ...FOREIGN_QUESTION_PAGES]) expect(site.isCandidateUrl(url), `${site.id}: ${url}`).toBe(false);
    }
  });
});

describe('what the extension derives from the registry', () => {
  const patterns = siteMatchPatterns();
  const allExamples = SITES.flatMap((s) => EXAMPLES[s.id]!.mustMatch);

  it('the manifest (both browsers) runs the content script and asks host permission exactly on the sites’ domains', () => {
    expect(patterns).toEqual(SITE_DESCRIPTORS.flatMap((d) => d.domains.map((domain) => `*://*.${domain}/*`)));
    for (const target of ['chrome', 'firefox'] as const) {
      const manifest = sourceManifest(target) as unknown as { content_scripts: { matches: string[] }[]; host_permissions: string[] };
      expect(manifest.host_permissions).toEqual(patterns);
      for (const script of manifest.content_scripts) expect(script.matches).toEqual(patterns);
    }
  });

  it('every question address of every site is in the manifest’s matches, the sender check and the context menu', () => {
    expect(QUESTION_PAGE_PATTERNS).toEqual(questionPagePatterns());
    for (const url of allExamples) {
      expect(patterns.some((p) => matchesPattern(p, url)), `manifest: ${url}`).toBe(true);
      expect(isSiteAddress(url), `sender check: ${url}`).toBe(true);
      expect(QUESTION_PAGE_PATTERNS.some((p) => matchesPattern(p, url)), `menu: ${url}`).toBe(true);
    }
  });

  it('nothing outside the sites passes the manifest’s matches or the sender check', () => {
    for (const url of [...FOREIGN_QUESTION_PAGES, 'https://senate.be.evil.com/www/', 'https://evilsenate.be/', 'file:///www.senate.be/x']) {
      expect(patterns.some((p) => matchesPattern(p, url)), url).toBe(false);
      expect(isSiteAddress(url), url).toBe(false);
    }
  });

  it('the popup’s link leads to a site page, in the reader’s language', () => {
    for (const language of ['fr', 'nl', 'en'] as const) {
      const url = writtenQuestionsUrl(language);
      expect(isSiteAddress(url), url).toBe(true);
      expect(patterns.some((p) => matchesPattern(p, url)), url).toBe(true);
    }
    expect(writtenQuestionsUrl('nl')).toContain('LANG=nl');
  });
});

describe('the language of any site page', () => {
  it('reads LANG, else the host’s language', () => {
    for (const site of SITE_DESCRIPTORS) {
      for (const url of EXAMPLES[site.id]!.mustMatch) {
        const lang = site.parseQuestionUrl(url)?.language;
        if (lang) expect(site.languageOfAddress(url), url).toBe(lang);
      }
    }
    const senate = SITE_DESCRIPTORS.find((s) => s.id === 'senate-be')!;
    expect(senate.languageOfAddress('https://www.senate.be/www/?MIval=/Vragen/Zoekresultaten&AUTEUR=1&LANG=fr')).toBe('fr');
    expect(senate.languageOfAddress('https://www.senaat.be/www/?MIval=/index_senate')).toBe('nl');
    expect(senate.languageOfAddress('https://www.senate.be/')).toBe('fr');
    expect(senate.languageOfAddress('not a url')).toBeNull();
  });
});
