// Site → core in one call: one pass over the page's DOM (core/text), the site reads the flat text,
// the engine pairs and judges. Returns null when the page is not a written question, so callers do
// nothing more on such pages.

import type { Analysis } from '../core/model';
import { analyse, todayIso } from '../core/analyse';
import { flatten, type FlatText } from '../core/text';
import type { Site } from './site';
import { senateBe } from './senate-be';

export interface PageAnalysis<N = Node> {
  analysis: Analysis;
  flat: FlatText<N>;
}

export interface AnalysePageOptions {
  url: string | null;
  today?: string;
  site?: Site;
  /** Called once the flat text is built, before the site reads it (the benchmark marks it). */
  onFlattened?: () => void;
}

/** Reads the page whatever it is; `analysis.page.kind` says whether it is a written question. */
export function readPage<N = Node>(root: unknown, options: AnalysePageOptions): PageAnalysis<N> {
  const site = options.site ?? senateBe;
  const flat = flatten<N>(root);
  options.onFlattened?.();
  const today = options.today ?? todayIso();
  const reading = site.read(flat as FlatText, options.url, today);
  return { analysis: analyse(flat.text, reading, { today }), flat };
}

export function analysePage<N = Node>(root: unknown, options: AnalysePageOptions): PageAnalysis<N> | null {
  const result = readPage<N>(root, options);
  return result.analysis.page.kind === 'written-question' ? result : null;
}
