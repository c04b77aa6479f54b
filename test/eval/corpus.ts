// The labelled corpus: texts in corpus/questions/<id>.json, labels in corpus/labels/<reader>/<id>.json
// (reader a: the first reading of every case; reader b: an independent second reading of some).
// Each case falls in the split its doc_id hashes to (split.ts).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf, type Split } from './split';

export type LabelledStatus = 'answered' | 'partial' | 'deflected' | 'referred' | 'missing';
export const LABELLED_STATUSES: readonly LabelledStatus[] = ['answered', 'partial', 'deflected', 'referred', 'missing'];

export interface GoldReference {
  kind: 'item' | 'question' | 'document' | 'website' | 'registry';
  label?: string;
  questionId?: string;
  text: string;
}

export interface GoldLabel {
  label: string;
  status: LabelledStatus;
  refersTo?: GoldReference;
  unaddressed?: string[];
  note: string;
  confidence?: 'sure' | 'close';
}

export interface CorpusCase {
  id: string;
  language: 'fr' | 'nl';
  docId: string;
  split: Split;
  title: string;
  question: string;
  answer: string | null;
  labels: GoldLabel[];
}

export const CORPUS_DIR = new URL('./corpus/', import.meta.url);

interface QuestionFile { id: string; language: 'fr' | 'nl'; docId: string; title?: string; question: string; answer: string | null }

export function readLabels(reader: 'a' | 'b', dir: URL = CORPUS_DIR): Map<string, GoldLabel[]> {
  const folder = join(dir.pathname, 'labels', reader);
  const out = new Map<string, GoldLabel[]>();
  if (!existsSync(folder)) return out;
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(join(folder, f), 'utf8')) as { id: string; labels: GoldLabel[] };
    out.set(file.id, file.labels);
  }
  return out;
}

/** Every case with a text and a first reading, in id order. */
export function loadCorpus(options: { reader?: 'a' | 'b'; dir?: URL; splits?: Split[] } = {}): CorpusCase[] {
  const dir = options.dir ?? CORPUS_DIR;
  const labels = readLabels(options.reader ?? 'a', dir);
  const out: CorpusCase[] = [];
  for (const [id, caseLabels] of [...labels].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(dir.pathname, 'questions', `${id}.json`);
    if (!existsSync(path)) continue;
    const q = JSON.parse(readFileSync(path, 'utf8')) as QuestionFile;
    const split = splitOf(q.docId);
    if (options.splits && !options.splits.includes(split)) continue;
    out.push({ id, language: q.language, docId: q.docId, split, title: q.title ?? '', question: q.question, answer: q.answer, labels: caseLabels });
  }
  return out;
}
