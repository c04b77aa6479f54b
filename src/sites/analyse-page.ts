// Site → core in one call: one pass over the page's DOM (core/text), the site reads the flat text,
// the engine pairs and judges. Returns null when the page is not a written question, so callers do
// nothing more on such pages.

import type { Analysis } from '../core/model';
import { analyse, todayIso } from '../core/analyse';
import { flatten, type FlatText } from '../core/text';
import type { Site, SiteReading } from './site';
import { siteForUrl, SITES } from './registry';

export interface PageAnalysis<N = Node> {
  analysis: Analysis;
  flat: FlatText<N>;
}

export interface AnalysePageOptions {
  url: string | null;
  today?: string;
  /** The site to read it as; by default the one whose address it is, or (a saved page with no
   * address) the first site that reads it as a written question. */
  site?: Site;
  /** Called once the flat text is built, before the site reads it (the benchmark marks it). */
  onFlattened?: () => void;
}

/** Reads the page whatever it is; `analysis.page.kind` says whether it is a written question. */
export function readPage<N = Node>(root: unknown, options: AnalysePageOptions): PageAnalysis<N> {
  const fromUrl = options.url ? siteForUrl(options.url) : null;
  const sites = options.site ? [options.site] : fromUrl ? [fromUrl] : SITES;
  const flat = flatten<N>(root);
  options.onFlattened?.();
  const today = options.today ?? todayIso();
  const reading = readAsFirstSite(sites, flat as FlatText, options.url, today);
  return { analysis: analyse(flat.text, reading, { today }), flat };
}

export function analysePage<N = Node>(root: unknown, options: AnalysePageOptions): PageAnalysis<N> | null {
  const result = readPage<N>(root, options);
  return result.analysis.page.kind === 'written-question' ? result : null;
}

/** The first site that reads the page as a written question; otherwise the first site's reading. */
function readAsFirstSite(sites: readonly Site[], flat: FlatText, url: string | null, today: string): SiteReading {
  let first: SiteReading | null = null;
  for (const site of sites) {
    const reading = site.read(flat, url, today);
    if (reading.page.kind === 'written-question') return reading;
    first ??= reading;
  }
  return first!;
}
