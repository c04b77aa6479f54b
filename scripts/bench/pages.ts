// Generated Senate pages of growing size for the benchmark: the reference page's header (menu,
// heading, author, addressee, title, keywords, chronology), then N numbered sub-questions and an
// answer numbered the same way, filled with the reference page's own sentences to a word target.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageSize {
  subQuestions: number;
  words: number;
}

/** From the reference page's size to a book: 10, 100, 1 000 sub-questions; 1 000 to 200 000 words. */
export const SIZES: readonly PageSize[] = [
  { subQuestions: 10, words: 1_000 },
  { subQuestions: 10, words: 10_000 },
  { subQuestions: 100, words: 10_000 },
  { subQuestions: 100, words: 50_000 },
  { subQuestions: 1_000, words: 50_000 },
  { subQuestions: 1_000, words: 100_000 },
  { subQuestions: 1_000, words: 200_000 },
];

export interface GeneratedPage {
  name: string;
  url: string;
  file: string;
  size: PageSize;
}

interface ReferenceParts {
  head: string;
  answerHeading: string;
  footer: string;
  questions: string[];
  answers: string[];
}

const ITEM = /^<p>\d+\)\s*(.*)<\/p>$/;

function sentences(html: string): string[] {
  return html.split(/(?<=[.?!])\s+(?=[A-ZÀ-Ý«])/u).filter((s) => s.trim().length > 0);
}

/** Cuts the reference page (one element per line) into header, items and footer. The intro
 * paragraphs before the sub-questions are left out: they would be most of a 1 000-word page. */
function referenceParts(referenceFile: string): ReferenceParts {
  const lines = readFileSync(referenceFile, 'utf8').split('\n');
  const askIndex = lines.findIndex((l) => l.includes('Je souhaite dès lors vous poser les questions suivantes'));
  const questionTitle = lines.findIndex((l) => /^<p><b>Question n°/.test(l));
  const answerIndex = lines.findIndex((l) => l.includes('Réponse reçue le'));
  const footerIndex = lines.findIndex((l, i) => i > answerIndex && l.startsWith('</div>'));
  if ([askIndex, questionTitle, answerIndex, footerIndex].includes(-1)) throw new Error(`unexpected reference layout: ${referenceFile}`);
  const items = (from: number, to: number) =>
    lines
      .slice(from, to)
      .map((l) => ITEM.exec(l)?.[1] ?? l.replace(/^<p>|<\/p>$/g, ''))
      .flatMap(sentences);
  return {
    head: [...lines.slice(0, questionTitle + 1), lines[askIndex]!].join('\n'),
    answerHeading: lines[answerIndex]!,
    footer: lines.slice(footerIndex).join('\n'),
    questions: items(askIndex + 1, answerIndex),
    answers: items(answerIndex + 1, footerIndex),
  };
}

/** Deterministic, so every run measures the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordCount = (html: string) => html.replace(/<[^>]*>|&[a-z#0-9]+;/gi, ' ').split(/\s+/).filter(Boolean).length;

const QUESTION_ENDINGS = [
  'Pouvez-vous préciser les chiffres pour les années 2019, 2020 et 2021 ?',
  'Quelles mesures comptez-vous prendre à cet égard ?',
  'Combien de dossiers ont été ouverts ?',
  'Dans quel délai une décision sera-t-elle prise ?',
  'Une concertation avec les Communautés est-elle prévue ?',
];

/** Sentences drawn from the pool up to `words` words; the last one cut short ends with a full stop. */
function fill(pool: string[], words: number, next: () => number): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const s = pool[Math.floor(next() * pool.length)]!;
    const w = s.split(/\s+/);
    if (n + w.length <= words) out.push(s);
    else out.push(`${w.slice(0, Math.max(1, Math.round(words - n))).join(' ').replace(/[,;:?!.]*$/, '')}.`);
    n += w.length;
  }
  return out.join(' ');
}

export function generatePage(reference: ReferenceParts, size: PageSize, number: number): string {
  const next = random(number);
  const head = reference.head.replaceAll('7-1649', `7-${number}`).replaceAll('NR=1649', `NR=${number}`);
  const perItem = Math.max(4, (size.words - wordCount(head) - wordCount(reference.footer)) / size.subQuestions / 2);
  const questions: string[] = [];
  const answers: string[] = [];
  for (let i = 1; i <= size.subQuestions; i++) {
    const ending = QUESTION_ENDINGS[Math.floor(next() * QUESTION_ENDINGS.length)]!;
    const body = perItem > 2 * wordCount(ending) ? `${fill(reference.questions, perItem - wordCount(ending), next)} ` : '';
    questions.push(`<p>${i}) ${body}${ending}</p>`);
    answers.push(`<p>${i}) ${fill(reference.answers, perItem, next)}</p>`);
  }
  return [head, ...questions, reference.answerHeading, ...answers, reference.footer].join('\n');
}

/** Writes the generated pages into `dir`, each at its own question address. */
export function writeGeneratedPages(referenceFile: string, dir: string, sizes: readonly PageSize[] = SIZES): GeneratedPage[] {
  mkdirSync(dir, { recursive: true });
  const reference = referenceParts(referenceFile);
  return sizes.map((size, i) => {
    const number = 9001 + i;
    const name = `generated-${size.subQuestions}q-${size.words / 1000}k`;
    const file = join(dir, `${name}.html`);
    writeFileSync(file, generatePage(reference, size, number));
    return { name, url: `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=${number}&LANG=fr`, file, size };
  });
}
