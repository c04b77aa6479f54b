// Pairs the parts of an answer with the sub-questions they address: by label, by group ("1 et 2."),
// by range ("1 à 3."), by cross-reference ("voir point 1"), or — when the answer is not numbered —
// by paragraph alignment or as one answer to everything. Nothing found is dropped: answer parts
// that match no sub-question are reported.

import type { AnswerPartReport, Language, NumberingKind, Part, Span } from '../model';
import type { PairedItem } from '../assess';
import { alignParagraphs } from '../assess/align';
import { enumerate, parseLabelList } from '../numbering';
import { trimSpan } from '../text';
import { CROSS_REFERENCE_PATTERNS, PREVIOUS_WORDS } from './cross-references';
import { findUnnumberedQuestions } from './unnumbered';

export interface Pairing {
  items: PairedItem[];
  extraAnswerParts: AnswerPartReport[];
  numbering: { question: NumberingKind; answer: NumberingKind };
  warnings: string[];
}

export function pair(
  text: string,
  questionRegion: Span | null,
  answerRegion: Span | null,
  language: Language | null,
): Pairing {
  const warnings: string[] = [];
  const extraAnswerParts: AnswerPartReport[] = [];
  if (!questionRegion) {
    return { items: [], extraAnswerParts, numbering: { question: 'none', answer: 'none' }, warnings: ['The question text could not be found.'] };
  }

  const questionEnum = enumerate(text, questionRegion, { language });
  let questionParts: Part[];
  let questionKind = questionEnum.kind;
  if (questionEnum.kind === 'numbered') {
    questionParts = questionEnum.parts;
  } else {
    // Interrogatives in unnumbered paragraphs become items 1..n, in order.
    questionParts = findUnnumberedQuestions(text, questionEnum.parts);
    if (questionParts.length > 0) {
      warnings.push(`The question is not numbered: its ${questionParts.length} questioning paragraph(s) are numbered 1..${questionParts.length} here.`);
    }
  }

  const items: PairedItem[] = questionParts.map((part) => ({
    label: part.labels[0] ?? '?',
    questionSpan: part.bodySpan,
    answerSpan: null,
    groupedWith: [],
    refersTo: null,
    reference: null,
    pairedBy: 'label',
  }));
  const byLabel = new Map(items.map((item) => [item.label, item]));

  if (!answerRegion || answerRegion.end <= answerRegion.start) {
    return { items, extraAnswerParts, numbering: { question: questionKind, answer: 'none' }, warnings };
  }

  const answerEnum = enumerate(text, answerRegion, { language, expectedLabels: items.map((i) => i.label) });
  const answerKind = answerEnum.kind;

  if (answerKind === 'numbered') {
    for (const part of answerEnum.parts) {
      const known = part.labels.filter((label) => byLabel.has(label));
      if (known.length === 0) {
        extraAnswerParts.push({
          labels: part.labels,
          text: text.slice(part.bodySpan.start, part.bodySpan.end),
          span: part.bodySpan,
          reason: `Answer part ${part.labels.join(', ')} matches no sub-question.`,
        });
        continue;
      }
      for (const label of known) {
        const item = byLabel.get(label)!;
        if (item.answerSpan) {
          // A label answered twice ("1." then "Ad 1" further on): keep the first, report the other.
          extraAnswerParts.push({
            labels: [label],
            text: text.slice(part.bodySpan.start, part.bodySpan.end),
            span: part.bodySpan,
            reason: `A second answer part for ${label}; the first one is paired.`,
          });
          continue;
        }
        item.answerSpan = part.bodySpan;
        item.groupedWith = known.filter((other) => other !== label);
        item.pairedBy = known.length > 1 ? (isRange(part) ? 'range' : 'group') : 'label';
      }
    }
  } else if (items.length > 0) {
    const paragraphs = answerEnum.parts.map((p) => p.bodySpan);
    if (questionKind !== 'numbered' && items.length > 1 && paragraphs.length > 1) {
      // Neither side numbered: align paragraphs to questions by content, keeping their order.
      const alignment = alignParagraphs(text, items.map((i) => i.questionSpan), paragraphs, language);
      const whole = trimSpan(text, answerRegion);
      items.forEach((item, index) => {
        const aligned = alignment[index] ?? [];
        if (aligned.length === 0) {
          // No paragraph speaks of it in its own words. An unnumbered answer often answers several
          // questions in one paragraph, so the whole answer stands as its answer and the judging of
          // its interrogatives decides, rather than a silent alignment crying "missing".
          item.answerSpan = whole;
          item.pairedBy = 'whole-answer';
          return;
        }
        const first = paragraphs[aligned[0]!]!;
        const last = paragraphs[aligned[aligned.length - 1]!]!;
        item.answerSpan = { start: first.start, end: last.end };
        item.pairedBy = 'alignment';
      });
      warnings.push('Neither the question nor the answer is numbered: answer paragraphs are aligned to questions by their content.');
    } else {
      const whole = trimSpan(text, answerRegion);
      for (const item of items) {
        item.answerSpan = whole;
        item.groupedWith = items.filter((other) => other !== item).map((other) => other.label);
        item.pairedBy = 'whole-answer';
      }
      if (items.length > 1) {
        warnings.push('The question is numbered but the answer is not: the whole answer is paired with every sub-question as one group.');
      }
    }
  }

  // Cross-references: an answer part that points to another label's answer.
  const labelOrder = items.map((item) => item.label);
  for (const item of items) {
    if (!item.answerSpan || item.pairedBy === 'whole-answer' || item.groupedWith.length > 0) continue;
    const reference = findCrossReference(text, item.answerSpan, item.label, labelOrder, language);
    if (reference) {
      item.refersTo = reference.label;
      item.reference = { text: reference.text, span: reference.span };
    }
  }

  if (answerEnum.preamble && answerKind === 'numbered') {
    const intro = text.slice(answerEnum.preamble.start, answerEnum.preamble.end);
    // An introduction that answers everything at once is worth knowing; a greeting is not.
    if (intro.length > 200) {
      extraAnswerParts.push({ labels: [], text: intro, span: answerEnum.preamble, reason: 'Text before the first numbered answer part.' });
    }
  }

  return { items, extraAnswerParts, numbering: { question: questionKind, answer: answerKind }, warnings };
}

function isRange(part: Part): boolean {
  const raw = part.marker?.raw ?? '';
  return /\d\s*(?:à|a|tot|-|–|t\/m|through|to)\s*\d/i.test(raw);
}

interface FoundReference {
  label: string;
  text: string;
  span: Span;
}

// A cross-reference makes the part "referred" only when the part leans on it: it stands in the
// first sentence, or the part is short. A long answer that says "comme indiqué au point 1" in
// passing answers on its own.
const SHORT_PART = 300;

function findCrossReference(
  text: string,
  span: Span,
  ownLabel: string,
  labelOrder: string[],
  language: Language | null,
): FoundReference | null {
  const body = text.slice(span.start, span.end);
  const firstSentenceEnd = firstSentenceLength(body);
  for (const { language: patternLanguage, pattern } of CROSS_REFERENCE_PATTERNS) {
    if (language && language !== 'en' && patternLanguage !== language) continue;
    const match = pattern.exec(body);
    if (!match || match.index === undefined) continue;
    const word = match.groups?.label ?? '';
    const label = PREVIOUS_WORDS.has(word.toLowerCase())
      ? labelOrder[labelOrder.indexOf(ownLabel) - 1]
      : parseLabelList(word, language)?.[0];
    if (!label || label === ownLabel || !labelOrder.includes(label)) continue;
    if (body.length > SHORT_PART && match.index > firstSentenceEnd) continue;
    return { label, text: match[0], span: { start: span.start + match.index, end: span.start + match.index + match[0].length } };
  }
  return null;
}

function firstSentenceLength(body: string): number {
  const end = /[.!?](?:\s|$)/.exec(body);
  return end ? end.index + 1 : body.length;
}
