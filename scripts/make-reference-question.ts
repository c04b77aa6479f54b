// Writes src/options/reference-question.json: what the options page's live preview cites, the
// reference question 7-1649 as the engine reads its fixture page (metadata and sub-question 4).
// Run again (npx tsx scripts/make-reference-question.ts) when the reading of that page changes;
// test/options/reference-question.test.ts says when it has.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/sites/decode-html';
import { analysePage } from '../src/sites/analyse-page';
import { referenceQuestionFromAnalysis, REFERENCE_ITEM_LABEL } from '../src/options/reference-question';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'senate-be', '7-1649-fr-paragraphs', 'page.html');
const URL = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';

export function readReferenceQuestion(): ReturnType<typeof referenceQuestionFromAnalysis> {
  const { document } = parseHTML(decodeHtml(readFileSync(FIXTURE)));
  const result = analysePage(document.body, { url: URL });
  if (!result) throw new Error('the reference fixture is not read as a written question');
  return referenceQuestionFromAnalysis(result.analysis, REFERENCE_ITEM_LABEL);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = join(ROOT, 'src', 'options', 'reference-question.json');
  writeFileSync(out, `${JSON.stringify(readReferenceQuestion(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
