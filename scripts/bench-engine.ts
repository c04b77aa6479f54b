// npm run bench:engine: the engine alone in Node on the reference page (7-1649, French and Dutch) and
// on generated pages of 10, 100 and 1 000 sub-questions: median of repeated warm runs. Not a test.
//
//   npx tsx scripts/bench-engine.ts [--runs 15]

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readPage } from '../src/sites/analyse-page';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const root = new URL('../', import.meta.url);

function body(html: string): unknown {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return document.body;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(name: string, html: string, runs: number): void {
  const page = body(html);
  readPage(page, { url: null, today: '2026-12-01' }); // warm-up: stemmers, caches, JIT
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    readPage(page, { url: null, today: '2026-12-01' });
    ms.push(performance.now() - t);
  }
  const words = html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  console.log(`${name.padEnd(28)} ${String(words).padStart(7)} words  median ${median(ms).toFixed(1).padStart(7)} ms  (${runs} runs)`);
}

function generated(n: number): string {
  const reference = readFileSync(new URL('test/fixtures/senate-be/7-1649-fr-paragraphs/page.html', root), 'utf8');
  const head = reference.slice(0, reference.indexOf('Question n° 7-1649 du'));
  const q = Array.from({ length: n }, (_, i) => `<p>${i + 1}) Combien de licences la police a-t-elle achetées en ${2000 + (i % 20)} pour le service ${i} et quels accords financiers ont été conclus avec la société ? Pouvez-vous ventiler ces chiffres par province ?</p>`).join('\n');
  const a = Array.from({ length: n }, (_, i) => `<p>${i + 1}) ${i % 3 === 0 ? 'Aucune information disponible. Veuillez contacter le service compétent.' : `Le service ${i} a acheté ${i * 3} licences en ${2000 + (i % 20)} ; aucun accord financier n'a été conclu avec la société, et la ventilation par province figure dans le tableau ci-dessous.`}</p>`).join('\n');
  return `${head}<p>Question n° 7-1649 du 2 juin 2022 : (Question posée en néerlandais)</p>\n${q}\n<p>Réponse reçue le 7 juillet 2022 :</p>\n${a}\n</body></html>`;
}

time('7-1649 (fr)', readFileSync(new URL('test/fixtures/senate-be/7-1649-fr-paragraphs/page.html', root), 'utf8'), RUNS);
time('7-1649 (nl)', readFileSync(new URL('test/fixtures/senate-be/7-1649-nl/page.html', root), 'utf8'), RUNS);
for (const n of [10, 100, 1000]) time(`generated, ${n} sub-questions`, generated(n), n >= 1000 ? 3 : RUNS);
