// The sites Question Lens knows, light: what the content script needs on every page, and what the
// extension's manifest, sender checks, context menu and popup are derived from. The full sites
// (reader, citation profile) are in registry.ts, in the same order; a test keeps the two lists equal.

import type { SiteDescriptor } from './site';
import { senateBeDescriptor } from './senate-be/descriptor';

export const SITE_DESCRIPTORS: readonly SiteDescriptor[] = [senateBeDescriptor];

/** The site whose written-question address this is, or null. */
export function descriptorForUrl(url: string): SiteDescriptor | null {
  return SITE_DESCRIPTORS.find((s) => s.isCandidateUrl(url)) ?? null;
}

/** Match patterns of every page of every site: the manifest's content-script matches and host
 * permissions ("*://*.senate.be/*" covers senate.be and its subdomains). */
export function siteMatchPatterns(sites: readonly SiteDescriptor[] = SITE_DESCRIPTORS): string[] {
  return sites.flatMap((s) => s.domains.map((d) => `*://*.${d}/*`));
}

/** Match patterns of the written-question pages: the context menu's document patterns. */
export function questionPagePatterns(sites: readonly SiteDescriptor[] = SITE_DESCRIPTORS): string[] {
  return sites.flatMap((s) => s.domains.flatMap((d) => s.questionPathPatterns.map((p) => `*://*.${d}${p}`)));
}

/** An http(s) address on one of the sites' domains (the domain itself or a subdomain, as the host
 * permissions grant); nothing that merely contains the name (senate.be.evil.example). */
export function isSiteAddress(url: string | null, sites: readonly SiteDescriptor[] = SITE_DESCRIPTORS): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.toLowerCase();
  return sites.some((s) => s.domains.some((d) => host === d || host.endsWith(`.${d}`)));
}

/** The site an address is on (any of its pages, a question or not), or null. */
export function descriptorForSiteAddress(url: string): SiteDescriptor | null {
  return SITE_DESCRIPTORS.find((s) => isSiteAddress(url, [s])) ?? null;
}
