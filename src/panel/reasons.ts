// Reasons in the panel's language. The engine states each reason in English with a stable code; the
// panel words the known codes in French or Dutch from the locale files, with the item's own labels
// and counts, and keeps the engine's exact English sentence as the element's title for a reviewer
// who wants every detail. An unknown code shows the engine's sentence as it is.

import type { Item, Reason } from '../core/model';
import type { MessageKey, Translate } from './i18n';

const DEFLECTION: Record<string, MessageKey> = {
  'deflection-no-data': 'reasonDeflectionNoData',
  'deflection-not-competent': 'reasonDeflectionNotCompetent',
  'deflection-ask-elsewhere': 'reasonDeflectionAskElsewhere',
  'deflection-inquiry': 'reasonDeflectionInquiry',
  'deflection-refer-elsewhere': 'reasonDeflectionReferElsewhere',
  'deflection-aside': 'reasonDeflectionAside',
  'deflection-takes-up-question': 'reasonDeflectionTakesUp',
};

export function reasonText(reason: Reason, item: Item, t: Translate): string {
  const grouped = item.groupedWith.join(', ');
  const addressedOrNot = item.interrogatives.filter((q) => q.verdict !== 'not-applicable').length;
  switch (reason.code) {
    case 'refers-to': return t('reasonRefersTo', item.refersTo ?? '?');
    case 'referred-partial': return t('reasonReferredPartial', item.refersTo ?? '?');
    case 'no-answer-part': return t('reasonNoAnswerPart');
    case 'no-answer-yet': return t('reasonNoAnswerYet');
    case 'unaddressed-interrogatives': return t('reasonUnaddressed', item.unaddressed.length, addressedOrNot);
    case 'evidence': return t('reasonEvidence');
    case 'thin-evidence': return t('reasonThinEvidence');
    case 'not-in-shared-part': return t('reasonNotInSharedPart');
    case 'paired-by-label': return t('reasonPairedByLabel', item.label);
    case 'paired-by-group': return t('reasonPairedByGroup', grouped);
    case 'paired-by-range': return t('reasonPairedByRange', grouped);
    case 'paired-by-whole-answer': return t('reasonPairedByWholeAnswer');
    case 'paired-by-alignment': return t('reasonPairedByAlignment');
    default: {
      const key = DEFLECTION[reason.code];
      return key ? t(key) : reason.text;
    }
  }
}
