// Reasons, interrogative verdicts and warnings in the panel's language. The engine states each
// reason in English with a stable code (model.ReasonCode); the panel words every code from the
// locale files, with the item's own labels and counts. The map is exhaustive: a new code does not
// compile until it is worded. The engine's English sentences stay in the analysis (the JSON, the
// command line); the panel's tooltips say the same in the reader's language.
//
// Interrogatives and warnings carry no code, only the engine's English sentence: each sentence the
// engine writes is recognised here by its shape (test/panel/words.test.ts reads the engine's sources
// so that a new sentence is not missed) and worded from the catalogs, its page-derived parts
// (words, ids, quotations) kept.

import { PAGE_INCOMPLETE, type Interrogative, type Item, type Reason, type ReasonCode } from '../core/model';
import { quote, reasonEvidence } from './format';
import type { MessageKey, Translate } from './i18n';

type Wording = MessageKey | ((item: Item, t: Translate, reason: Reason) => string);

const WORDING: Record<ReasonCode, Wording> = {
  'no-answer-yet': 'reasonNoAnswerYet',
  'no-answer-closed': 'reasonNoAnswerClosed',
  'no-answer-lapsed': 'reasonNoAnswerLapsed',
  'no-answer-part': 'reasonNoAnswerPart',
  'not-in-shared-part': 'reasonNotInSharedPart',
  evidence: 'reasonEvidence',
  'thin-evidence': 'reasonThinEvidence',
  'unaddressed-interrogatives': (item, t) => t('reasonUnaddressed', item.unaddressed.length, item.interrogatives.filter((q) => q.verdict !== 'not-applicable').length),
  'gap-number': 'reasonGapNumber',
  'gap-date': 'reasonGapDate',
  'gap-breakdown': 'reasonGapBreakdown',
  'deflection-no-data': 'reasonDeflectionNoData',
  'deflection-burden': 'reasonDeflectionBurden',
  'deflection-not-competent': 'reasonDeflectionNotCompetent',
  'deflection-ask-elsewhere': 'reasonDeflectionAskElsewhere',
  'deflection-secrecy': 'reasonDeflectionSecrecy',
  'deflection-stalling': 'reasonDeflectionStalling',
  'deflection-cannot-answer': 'reasonDeflectionCannotAnswer',
  'deflection-talks-around': 'reasonDeflectionTalksAround',
  'deflection-aside': (_, t, reason) => asideText(reason, t),
  'refers-to': (item, t) => t('reasonRefersTo', item.refersTo?.label ?? '?'),
  'referred-partial': (item, t) => t('reasonReferredPartial', item.refersTo?.label ?? '?'),
  'refers-question': 'reasonRefersQuestion',
  'refers-document': 'reasonRefersDocument',
  'refers-website': 'reasonRefersWebsite',
  'refers-registry': 'reasonRefersRegistry',
  'refers-elsewhere': 'reasonRefersElsewhere',
  'paired-by-label': (item, t) => t('reasonPairedByLabel', item.label),
  'paired-by-group': (item, t) => t('reasonPairedByGroup', item.groupedWith.join(', ')),
  'paired-by-range': (item, t) => t('reasonPairedByRange', item.groupedWith.join(', ')),
  'paired-by-whole-answer': 'reasonPairedByWholeAnswer',
  'paired-by-alignment': 'reasonPairedByAlignment',
};

export function reasonText(reason: Reason, item: Item, t: Translate): string {
  const wording = WORDING[reason.code];
  if (wording === undefined) return reason.text;
  return typeof wording === 'function' ? wording(item, t, reason) : t(wording);
}

/** What a part declined says, by the refusal the engine found ("Part of it is declined: the answer
 * withholds information…"): a card may hold several, each its own. */
const ASIDE_KINDS: [RegExp, MessageKey][] = [
  [/^the answer says the information is not recorded/, 'reasonDeflectionNoData'],
  [/^the answer says finding the information/, 'reasonDeflectionBurden'],
  [/^the answer says the matter belongs to another/, 'reasonDeflectionNotCompetent'],
  [/^the answer sends the question to someone else/, 'reasonDeflectionAskElsewhere'],
  [/^the answer withholds information/, 'reasonDeflectionSecrecy'],
  [/^the answer says the matter is under study/, 'reasonDeflectionStalling'],
  [/^the answer says it cannot answer/, 'reasonDeflectionCannotAnswer'],
];

function asideText(reason: Reason, t: Translate): string {
  const what = /^Part of it is declined: (.*)$/s.exec(reason.text)?.[1] ?? '';
  const kind = ASIDE_KINDS.find(([shape]) => shape.test(what))?.[1];
  if (!kind) return t('reasonDeflectionAside');
  const sentence = t(kind);
  return t('reasonDeflectionAsideOf', sentence.charAt(0).toLowerCase() + sentence.slice(1));
}

/** The reason's tooltip: its sentence and the words it relied on, quoted. */
export function reasonTitle(reason: Reason, item: Item, t: Translate): string {
  const text = reasonText(reason, item, t);
  const pieces = reasonEvidence(reason, item);
  return pieces.length ? `${text} ${t('labelColon', t('evidence'))} ${pieces.map((p) => quote(t, p)).join(', ')}` : text;
}

// ---- interrogatives ----

const VERDICT_NAME: Record<Interrogative['verdict'], MessageKey> = {
  addressed: 'verdictAddressed',
  unaddressed: 'verdictUnaddressed',
  'not-applicable': 'verdictNotApplicable',
};

type Shape = [RegExp, (m: RegExpExecArray, t: Translate) => string];

/** `"a", "b"` (as the engine quotes words) in the panel's quotation marks. */
const quotedWords = (list: string, t: Translate) => [...list.matchAll(/"([^"]*)"/g)].map((w) => quote(t, w[1]!)).join(', ');
/** `a, b, c` (the stems the engine lists bare), quoted one by one. */
const bareWords = (list: string, t: Translate) => list.split(', ').filter(Boolean).map((w) => quote(t, w)).join(', ');

const INTERROGATIVE_SHAPES: Shape[] = [
  [/^Never answered\.$/, (_, t) => t('whyNeverAnswered')],
  [/^No answer yet\.$/, (_, t) => t('whyNoAnswerYet')],
  [/^No answer part\.$/, (_, t) => t('whyNoAnswerPart')],
  [/^The answer declines or passes it on\.$/, (_, t) => t('whyDeclined')],
  [/^The answer uses its words: (.*)\.$/s, (m, t) => t('whySharedWords', quotedWords(m[1]!, t))],
  [/^It asks when; the answer takes up its words \((.*)\) but gives no date or term\.$/s, (m, t) => t('whyWhenNoDate', quotedWords(m[1]!, t))],
  [/^Only applies if the answer to the previous question is yes; the answer denies it \("(.*)"\)\.$/s, (m, t) => t('whyIfYesDenied', quote(t, m[1]!))],
  [/^Applies since the answer denies the previous question; the denial is taken as its answer \("(.*)"\)\.$/s, (m, t) => t('whyIfNoDenied', quote(t, m[1]!))],
  [/^Only applies if the answer to the previous question is no; the answer does not deny it\.$/, (_, t) => t('whyIfNoNotDenied')],
  [/^It asks to break down the figures of the previous interrogative, which is answered; the breakdown is taken as given with them\.$/, (_, t) => t('whyBreakdown')],
  [/^A yes\/no question; the answer denies it \("(.*)"\)\.$/s, (m, t) => t('whyYesNoDenied', quote(t, m[1]!))],
  [/^It asks for a number and the answer gives one \("(.*)"\)\.$/s, (m, t) => t('whyGivesNumber', quote(t, m[1]!))],
  [/^It asks for a date and the answer gives one \("(.*)"\)\.$/s, (m, t) => t('whyGivesDate', quote(t, m[1]!))],
  [/^A yes\/no question about action is answered by what is done, seldom in its words; taken as addressed\.$/, (_, t) => t('whyYesNoAction')],
  [/^Too few words of its own to check; taken as addressed\.$/, (_, t) => t('whyTooFewWords')],
  [/^None of its own words \((.*)\) appear in the answer, and the answer gives no number\.$/s, (m, t) => t('whyNoSharedWordsNoNumber', bareWords(m[1]!, t))],
  [/^None of its own words \((.*)\) appear in the answer, and the answer gives no date\.$/s, (m, t) => t('whyNoSharedWordsNoDate', bareWords(m[1]!, t))],
  [/^None of its own words \((.*)\) appear in the answer\.$/s, (m, t) => t('whyNoSharedWords', bareWords(m[1]!, t))],
];

/** Sentences the engine adds after another one ("…; the part as a whole is judged to answer it."). */
const INTERROGATIVE_ADDITIONS: Shape[] = [
  [/^(.*); the part as a whole is judged to answer it\.$/s, (_, t) => t('whyTakenWhole')],
  [/^(.*); but its follow-up \("(.*)"\) is answered, which answers it in the affirmative\.$/s, (m, t) => t('whyFollowUp', quote(t, m[2]!))],
];

/** The engine's sentence for an interrogative in the panel's words; null when it is not one the
 * panel knows. */
export function interrogativeReason(reason: string, t: Translate): string | null {
  for (const [shape, word] of INTERROGATIVE_SHAPES) {
    const m = shape.exec(reason);
    if (m) return word(m, t);
  }
  for (const [shape, word] of INTERROGATIVE_ADDITIONS) {
    const m = shape.exec(reason);
    if (!m) continue;
    const first = interrogativeReason(`${m[1]!}.`, t);
    return first === null ? null : `${first} ${word(m, t)}`;
  }
  return null;
}

/** The tooltip of an interrogative: why it got its verdict; its verdict's name for a sentence the
 * panel does not know (never the engine's English). */
export function interrogativeTitle(q: Pick<Interrogative, 'reason' | 'verdict'>, t: Translate): string {
  return interrogativeReason(q.reason, t) ?? t(VERDICT_NAME[q.verdict]);
}

// ---- warnings ----

const LANGUAGE_NAME: Record<string, MessageKey> = { fr: 'languageFr', nl: 'languageNl' };
const languageName = (code: string, t: Translate) => (LANGUAGE_NAME[code] ? t(LANGUAGE_NAME[code]) : code);

const WARNING_SHAPES: Shape[] = [
  // sites/senate-be/metadata.ts
  [/^No party given after the author\.$/, (_, t) => t('warnNoParty')],
  [/^No date found with the author line\.$/, (_, t) => t('warnNoAskedDate')],
  [/^No author line \(.*\) found after the heading\.$/, (_, t) => t('warnNoAuthor')],
  [/^No addressee line \(.*\) found\.$/, (_, t) => t('warnNoAddressee')],
  [/^No subject title found\.$/, (_, t) => t('warnNoTitle')],
  [/^The chronology has no dated row\.$/, (_, t) => t('warnChronologyUndated')],
  [/^No chronology found\.$/, (_, t) => t('warnNoChronology')],
  // sites/senate-be/read.ts
  [/^No question label \(.*\) found; the question is taken to start after the header\.$/, (_, t) => t('warnNoQuestionLabel')],
  [/^The question text is empty\.$/, (_, t) => t('warnQuestionEmpty')],
  [/^An answer label was found but no answer text after it\.$/, (_, t) => t('warnAnswerEmpty')],
  [/^The question label names (\S+) but the heading names (\S+)\.$/, (m, t) => t('warnLabelMismatch', m[1]!, m[2]!)],
  [/^No date found for the answer\.$/, (_, t) => t('warnNoAnswerDate')],
  [/^The chronology lists an answer but no answer text was found\.$/, (_, t) => t('warnAnswerTextMissing')],
  [/^The address names (\S+) but the page shows (\S+)\.$/, (m, t) => t('warnAddressMismatch', m[1]!, m[2]!)],
  [/^Bilingual page with the languages side by side: regions are read from the (\w+) column\b.*$/s, (m, t) => t('warnBilingualSideBySide', languageName(m[1]!, t))],
  [/^Bilingual page: only the (\w+) text is read\.$/, (m, t) => t('warnBilingual', languageName(m[1]!, t))],
  // core/pairing/index.ts, core/analyse.ts
  [/^The question text could not be found\.$/, (_, t) => t('warnQuestionNotFound')],
  [/^The question is not numbered: its (\d+) questioning paragraph\(s\) are numbered 1\.\.\d+ here\.$/, (m, t) => (m[1] === '1' ? t('warnQuestionUnnumberedOne') : t('warnQuestionUnnumbered', m[1]!))],
  [/^Neither the question nor the answer is numbered: .*$/s, (_, t) => t('warnNeitherNumbered')],
  [/^The question is numbered but the answer is not: .*$/s, (_, t) => t('warnAnswerUnnumbered')],
  [/^No sub-question could be found in the question text\.$/, (_, t) => t('warnNoSubQuestion')],
];

/** One warning of the engine in the panel's words; null when the panel does not know it. */
export function warningText(warning: string, t: Translate): string | null {
  if (warning === PAGE_INCOMPLETE) return t('pageIncomplete');
  for (const [shape, word] of WARNING_SHAPES) {
    const m = shape.exec(warning);
    if (m) return word(m, t);
  }
  return null;
}

/** The panel's warnings box: the page-incomplete sentence first, each known warning in the
 * panel's words, and any the panel does not know under a neutral "Note:" heading, as the engine
 * wrote them. */
export function warningsText(warnings: readonly string[], t: Translate): string {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const w of warnings) {
    const text = warningText(w, t);
    if (text === null) unknown.push(w);
    else if (w === PAGE_INCOMPLETE) known.unshift(text);
    else known.push(text);
  }
  if (unknown.length) known.push(t('couldNotRead', unknown.join('; ')));
  return [...new Set(known)].join(' ');
}
