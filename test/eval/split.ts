// The corpus split, fixed by a hash of the Chamber doc_id before any modelling: train 60 %, dev 20 %,
// test 20 %. A French rendition of a question falls in its Dutch source's split, so no question is
// seen in training in one language and scored in the other. The test split is only ever scored.

import { createHash } from 'node:crypto';

export type Split = 'train' | 'dev' | 'test';

export function splitOf(docId: string): Split {
  const bucket = parseInt(createHash('sha256').update(`question-lens:${docId}`).digest('hex').slice(0, 8), 16) % 100;
  return bucket < 60 ? 'train' : bucket < 80 ? 'dev' : 'test';
}

/** "nl-191113" and "fr-191113" are the same question: the split goes by the doc_id. */
export function docIdOf(caseId: string): string {
  return caseId.replace(/^[a-z]{2}-/, '');
}
