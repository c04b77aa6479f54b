// Looks for the trace of each interrogative in the answer: shared content stems (those the
// interrogative does not share with its siblings count most, since the siblings' common words say
// nothing about which of them was answered), numbers and names, and the kind of answer asked for.

import type { Interrogative, Span } from '../model';
import type { FoundInterrogative } from './interrogatives';
import { ASKS_FOR_ACTION, BREAKDOWN, DATE_IN_ANSWER, DENIAL, NUMBER_WORDS, WH_WORDS } from './lexicon/interrogatives';
import { EQUIVALENTS } from './lexicon/question-words';
import { sentenceSpans } from './sentences';
import { contentTokens, fold, stemOf, type TextLanguage, type Token } from './words';

export interface EvidenceOptions {
  text: string;
  language: TextLanguage;
  /** Where to look: the paired answer part, and the answer it refers to. */
  answerSpans: Span[];
  /** Stems that run through the whole page (the question's subject): weak evidence at best. */
  topicStems: Set<string>;
}

export interface AssessedInterrogative extends Interrogative {
  /** Decided by words of its own (not only by words common to all). */
  strength: 'strong' | 'weak' | 'none';
  /** How many distinctive stems the interrogative had to be looked for by. */
  checkable: number;
}

// An interrogative is only called unaddressed when it had at least this many distinctive words to
// be found by: "Pourquoi ?" alone cannot be checked. A yes/no question needs one more: it is often
// answered by a statement in other words ("Vous rendez-vous régulièrement à ces salons ?" — "c'était
// la seule participation").
export const MIN_CHECKABLE_STEMS = 2;
export const MIN_CHECKABLE_STEMS_YES_NO = 3;

export function weighInterrogatives(found: FoundInterrogative[], options: EvidenceOptions): AssessedInterrogative[] {
  const { text, language, answerSpans, topicStems } = options;
  const answerTokens = answerSpans.flatMap((s) => contentTokens(text, s, language));
  const answerStems = new Map<string, Token>();
  for (const t of answerTokens) if (!answerStems.has(t.stem)) answerStems.set(t.stem, t);
  const findStem = stemFinder(answerStems, language);
  const answerText = fold(answerSpans.map((s) => text.slice(s.start, s.end)).join('\n'));
  const denials = denialSentences(text, answerSpans, language);
  // Both depend on the answer alone: computed once, not once per interrogative (an answer of many
  // pages with hundreds of interrogatives made them quadratic).
  let answerWords: number | undefined;
  const answerWordCount = () => (answerWords ??= wordsIn(answerText));
  const kindFound = new Map<FoundInterrogative['kind'], string | null>();
  const kindIn = (kind: FoundInterrogative['kind']) => {
    if (!kindFound.has(kind)) kindFound.set(kind, kindEvidence(kind, answerText, language));
    return kindFound.get(kind)!;
  };

  const stemsOf = found.map((q) => unique(contentTokens(text, q.span, language).map((t) => t.stem)));
  const counts = new Map<string, number>();
  for (const stems of stemsOf) for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);

  const out: AssessedInterrogative[] = [];
  found.forEach((q, index) => {
    const stems = stemsOf[index]!;
    const distinctive = stems.filter((s) => !topicStems.has(s));
    let own = distinctive.filter((s) => (counts.get(s) ?? 0) === 1);
    if (own.length === 0) own = distinctive;
    const ownShared = own.filter((s) => findStem(s));
    const commonShared = stems.filter((s) => !own.includes(s) && findStem(s));
    const sharedWords = ownShared.map((s) => findStem(s)!.word);
    const kindMet = kindIn(q.kind);

    const base = { text: q.text, span: q.span, checkable: own.length };
    // A follow-up whose premise the answer denies does not apply, even if a word of it recurs by
    // chance ("services" in "le service Child Abuse"); only a number asked for, or two words of its
    // own, show that it was answered after all.
    const answeredAnyway = ownShared.length >= 2 || (q.kind === 'number' && kindMet !== null && /\d/.test(kindMet));
    if (q.followUp !== null && !answeredAnyway) {
      const premise = q.premise !== null ? out[q.premise] : undefined;
      const premiseStems = q.premise !== null ? stemsOf[q.premise] ?? [] : [];
      const denial = denials.find((d) => d.stems.some((s) => premiseStems.includes(s))) ?? (denials.length > 0 && answerWordCount() <= 60 ? denials[0] : undefined);
      if (q.followUp === 'if-yes' && denial) {
        out.push({ ...base, verdict: 'not-applicable', strength: 'strong', evidence: [denial.text], reason: `Only applies if the answer to the previous question is yes; the answer denies it ("${clip(denial.text)}").` });
        return;
      }
      // "Zo neen, waarom niet?" after a denial: the denial sentence is where ministers give the reason.
      if (q.followUp === 'if-no' && denial) {
        out.push({ ...base, verdict: 'addressed', strength: 'weak', evidence: [denial.text], reason: `Applies since the answer denies the previous question; the denial is taken as its answer ("${clip(denial.text)}").` });
        return;
      }
      if (q.followUp === 'if-no' && premise && premise.verdict === 'addressed' && !denial) {
        out.push({ ...base, verdict: 'not-applicable', strength: 'weak', evidence: premise.evidence, reason: 'Only applies if the answer to the previous question is no; the answer does not deny it.' });
        return;
      }
    }
    // "Quand …?" / "Wanneer …?" is answered by a date or a term ("d'ici 2025", "binnenkort"), not by
    // taking up its words: an answer that speaks of the thing but says nothing of when leaves it open.
    // (Tried for "combien / hoeveel" too: answers often give their figures in a table the flat text
    // does not hold, and it cried partial wrongly, so counts stay judged by words.)
    if (ownShared.length > 0 && q.kind === 'date' && kindMet === null) {
      out.push({ ...base, verdict: 'unaddressed', strength: 'none', evidence: sharedWords, reason: `It asks when; the answer takes up its words (${sharedWords.map((w) => `"${w}"`).join(', ')}) but gives no date or term.` });
      return;
    }
    if (ownShared.length > 0) {
      out.push({ ...base, verdict: 'addressed', strength: 'strong', evidence: sharedWords, reason: `The answer uses its words: ${sharedWords.map((w) => `"${w}"`).join(', ')}.` });
      return;
    }
    // "Kan u dat opsplitsen per gemeente?" refines the interrogative before it: when that one is
    // answered, the breakdown is taken as given with it (often in a table flat text cannot show).
    const previous = index > 0 ? out[index - 1] : undefined;
    if (isBreakdown(q, index, language) && previous && previous.verdict === 'addressed') {
      out.push({ ...base, verdict: 'addressed', strength: 'weak', evidence: previous.evidence, reason: 'It asks to break down the figures of the previous interrogative, which is answered; the breakdown is taken as given with them.' });
      return;
    }
    // A yes/no question is answered by a denial that speaks of the same thing ("Werden er betalingen
    // gedaan aan Clearview?" — "De politie heeft geen enkele licentie van Clearview aangekocht.").
    if (q.kind === 'yes-no' && q.followUp === null) {
      const denial = denials.find((d) => d.stems.some((st) => stems.includes(st)));
      if (denial) {
        out.push({ ...base, verdict: 'addressed', strength: 'weak', evidence: [denial.text], reason: `A yes/no question; the answer denies it ("${clip(denial.text)}").` });
        return;
      }
    }
    if (kindMet && q.kind !== 'yes-no' && q.kind !== 'open') {
      out.push({ ...base, verdict: 'addressed', strength: 'weak', evidence: [kindMet], reason: `It asks for ${q.kind === 'number' ? 'a number' : 'a date'} and the answer gives one ("${kindMet}").` });
      return;
    }
    // "Pouvez-vous prendre des mesures pour …?" is answered by what is being done, in its own words.
    const yesNoOnAction = q.kind === 'yes-no' && ASKS_FOR_ACTION[language].test(fold(q.text));
    if (yesNoOnAction || own.length < (q.kind === 'yes-no' ? MIN_CHECKABLE_STEMS_YES_NO : MIN_CHECKABLE_STEMS)) {
      const evidence = commonShared.map((s) => findStem(s)!.word);
      out.push({ ...base, verdict: 'addressed', strength: 'none', evidence, reason: yesNoOnAction ? 'A yes/no question about action is answered by what is done, seldom in its words; taken as addressed.' : 'Too few words of its own to check; taken as addressed.' });
      return;
    }
    out.push({ ...base, verdict: 'unaddressed', strength: 'none', evidence: [], reason: `None of its own words (${own.slice(0, 6).join(', ')}) appear in the answer${kindMet ? '' : q.kind === 'number' ? ', and the answer gives no number' : q.kind === 'date' ? ', and the answer gives no date' : ''}.` });
  });
  return settleUncheckable(found, out, language);
}

/** Second pass, once every interrogative has been weighed on its own: a yes/no question that opens
 * a conditional follow-up ("Bekijkt de NMBS deze piste? Zo ja, welke maatregelen…?", "Beschikt u over
 * statistieken …, en zo ja, zou u ze kunnen verstrekken?") is answered when its follow-up is: the
 * answer then says yes in other words ("wordt nog steeds gebruikt" for "Exploiteert bpost het gebouw
 * nog?"). A yes/no question without follow-up stays checkable on its words. */
function settleUncheckable(found: FoundInterrogative[], weighed: AssessedInterrogative[], language: TextLanguage): AssessedInterrogative[] {
  const out = weighed.map((q) => ({ ...q }));
  found.forEach((q, i) => {
    if (q.followUp === null || q.premise === null) return;
    const premise = out[q.premise];
    const premiseFound = found[q.premise];
    const followUp = out[i]!;
    if (!premise || !premiseFound || premise.verdict !== 'unaddressed' || followUp.verdict !== 'addressed') return;
    if (premiseFound.kind !== 'yes-no' || isRequestForData(fold(premiseFound.text), language)) return;
    const strength = followUp.strength === 'strong' ? 'weak' : 'none';
    out[q.premise] = { ...premise, verdict: 'addressed', strength, evidence: followUp.evidence, reason: `${premise.reason.replace(/\.$/, '')}; but its follow-up ("${clip(followUp.text)}") is answered, which answers it in the affirmative.` };
  });
  return out;
}

function isBreakdown(q: FoundInterrogative, index: number, language: TextLanguage): boolean {
  if (index === 0) return false;
  const folded = fold(q.text).replace(/^[\s\p{P}]*/u, '');
  return BREAKDOWN[language].test(folded) && !/^(?:welk|welke|hoeveel|wat|waarom|quel|quelle|quels|quelles|combien|pourquoi|que|qu')\b/u.test(folded);
}

// "Pouvez-vous fournir des chiffres ?" asks for data, not for a yes or a no.
const DATA_REQUEST: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:pouvez|pourriez)-vous (?:me |nous )?(?:fournir|communiquer|transmettre|donner|indiquer|préciser|détailler)/u,
  nl: /\b(?:kan|kunt) u (?:mij )?(?:\p{L}+ )?(?:bezorgen|meedelen|geven|verstrekken|overmaken|overleggen|toelichten|aangeven|preciseren)\b/u,
};

function isRequestForData(folded: string, language: TextLanguage): boolean {
  return DATA_REQUEST[language].test(folded) && !WH_WORDS[language].test(folded);
}

// Snowball leaves some families apart ("budget" / "budgettaire" → budget / budgettair): a stem of
// five letters or more that begins the other counts as the same word.
const MIN_PREFIX = 5;

function stemFinder(stems: Map<string, Token>, language: TextLanguage): (stem: string) => Token | undefined {
  const list = [...stems.entries()];
  const variants = new Map<string, Token>();
  if (language === 'nl') for (const [stem, token] of list) for (const v of dutchVariants(stem)) if (!variants.has(v)) variants.set(v, token);
  return (stem) => {
    const exact = stems.get(stem);
    if (exact) return exact;
    if (language === 'nl') {
      for (const v of dutchVariants(stem)) {
        const hit = variants.get(v);
        if (hit) return hit;
      }
    }
    for (const equivalent of equivalentsOf(stem, language)) {
      const hit = stems.get(equivalent);
      if (hit) return hit;
    }
    if (stem.length < MIN_PREFIX) return undefined;
    for (const [other, token] of list) {
      if (token.isNumber) continue;
      if (other.length >= MIN_PREFIX && (other.startsWith(stem) || stem.startsWith(other))) return token;
      // Dutch compounds share their last part: "postkantoor" — "kantoor", "herkenningssoftware" — "software".
      if (language === 'nl' && sharesCompoundTail(stem, other)) return token;
    }
    return undefined;
  };
}

const MIN_COMPOUND_PART = 6;

function sharesCompoundTail(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_COMPOUND_PART && long.length >= short.length + 3 && long.endsWith(short);
}

const equivalentStems = new Map<string, Map<string, string[]>>();

function equivalentsOf(stem: string, language: TextLanguage): string[] {
  let table = equivalentStems.get(language);
  if (!table) {
    table = new Map();
    for (const group of EQUIVALENTS[language]) {
      const stems = [...new Set(group.map((w) => stemOf(w, language)))];
      for (const s of stems) table.set(s, [...(table.get(s) ?? []), ...stems.filter((o) => o !== s)]);
    }
    equivalentStems.set(language, table);
  }
  return table.get(stem) ?? [];
}

/** The Dutch Snowball stemmer keeps participles whole ("gewist", "gebruikt") while it reduces the
 * verb ("wissen" → "wiss"): compare them without the "ge-" prefix, the final -t/-d and a doubled
 * final consonant. */
export function dutchVariants(stem: string): string[] {
  if (stem.length < 4 || /^\d/.test(stem)) return [stem];
  const out = new Set([stem]);
  const bases = [stem];
  if (stem.startsWith('ge') && stem.length >= 6) bases.push(stem.slice(2));
  for (const base of bases) {
    out.add(base);
    const noTd = /[td]$/.test(base) && base.length >= 4 ? base.slice(0, -1) : base;
    out.add(noTd);
    out.add(noTd.replace(/([bdfgklmnprst])\1$/, '$1'));
  }
  return [...out].filter((v) => v.length >= 3);
}

interface Denial {
  text: string;
  stems: string[];
}

function denialSentences(text: string, spans: Span[], language: TextLanguage): Denial[] {
  const out: Denial[] = [];
  for (const span of spans) {
    for (const s of sentenceSpans(text, span)) {
      const sentence = text.slice(s.start, s.end);
      if (DENIAL[language].test(fold(sentence))) {
        out.push({ text: sentence, stems: contentTokens(text, s, language).map((t) => t.stem) });
      }
    }
  }
  return out;
}

function kindEvidence(kind: FoundInterrogative['kind'], answer: string, language: TextLanguage): string | null {
  if (kind === 'number') {
    const digit = /\b\d[\d.,]*\b/.exec(withoutDates(answer));
    if (digit) return digit[0];
    return NUMBER_WORDS[language].exec(answer)?.[0] ?? null;
  }
  if (kind === 'date') return DATE_IN_ANSWER[language].exec(answer)?.[0] ?? null;
  return null;
}

// Days and years of dates are not the numbers a "how many" asks for.
const DATES = /\b\d{1,2}(?:er)?\s+(?:(?:au|tot|à|en|et)\s+\d{1,2}\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d\d\b/gu;

function withoutDates(s: string): string {
  return s.replace(DATES, ' ');
}

function wordsIn(s: string): number {
  return (s.match(/[\p{L}\d]+/gu) ?? []).length;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function clip(s: string): string {
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}
