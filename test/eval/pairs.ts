// Runs the engine on a corpus case and lines its sub-questions up with the gold labels: one row per
// labelled sub-question, with the engine's item (when it found one) and that item's signals. The
// training (scripts/train.ts) and the eval (evaluate.ts) both read cases through here.

import { analyseText } from '../../src/core/analyse';
import type { Analysis, Item } from '../../src/core/model';
import type { SignalReading } from '../../src/core/assess/signals';
import type { CorpusCase, GoldLabel } from './corpus';

export interface PairRow {
  caseId: string;
  language: 'fr' | 'nl';
  gold: GoldLabel;
  item: Item | null;
  reading: SignalReading | null;
}

const TODAY = '2030-01-01';

export function rowsOf(c: CorpusCase): { analysis: Analysis; rows: PairRow[] } {
  const readings = new Map<string, SignalReading>();
  const analysis = analyseText(c.question, c.answer, { language: c.language, today: TODAY, onSignals: (label, r) => readings.set(label, r) });
  const items = new Map(analysis.items.map((i) => [i.label, i]));
  const rows = c.labels.map((gold) => ({
    caseId: c.id,
    language: c.language,
    gold,
    item: items.get(gold.label) ?? items.get(parentLabel(gold.label)) ?? null,
    reading: readings.get(gold.label) ?? readings.get(parentLabel(gold.label)) ?? null,
  }));
  return { analysis, rows };
}

/** A reader who split "2" into "2a" and "2b" is compared with the engine's item 2. */
function parentLabel(label: string): string {
  return label.replace(/^(\d+)\s*[a-z]$/i, '$1');
}
