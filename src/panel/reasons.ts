// Reasons in the panel's language. The engine states each reason in English with a stable code
// (model.ReasonCode); the panel words every code from the locale files, with the item's own labels
// and counts, and keeps the engine's exact English sentence as the element's title for a reviewer
// who wants every detail. The map is exhaustive: a new code does not compile until it is worded.

import type { Item, Reason, ReasonCode } from '../core/model';
import type { MessageKey, Translate } from './i18n';

type Wording = MessageKey | ((item: Item, t: Translate) => string);

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
  'deflection-aside': 'reasonDeflectionAside',
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
  return typeof wording === 'function' ? wording(item, t) : t(wording);
}
