// Why a sub-question is not (fully) answered, in a few words, for its row in the checklist:
// "renvoie à 1", "aucune donnée", "2 questions sur 4 sans réponse". Worded from the item's reason
// codes, its refersTo and its interrogatives through the catalogs; the full sentences stay on the
// card. A code's short form is the catalog's "short" + the code in camel case, without
// "deflection-" ("deflection-no-data" → shortNoData); test/panel/checklist.test.ts checks that
// every code has one, in every catalog, unless it only says how a pair was made.

import type { Item, ReasonCode } from '../core/model';
import type { MessageKey, Translate } from './i18n';

/** Codes that say how the pair was made or what was found, not what is missing. */
export const NO_SHORT_REASON = /^(evidence|thin-evidence|referred-partial|paired-by-.+)$/;

export const shortKey = (code: ReasonCode) =>
  `short${code.replace(/^deflection-/, '').replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey;

function short(code: ReasonCode, item: Item, t: Translate): string | null {
  if (NO_SHORT_REASON.test(code)) return null;
  const r = item.refersTo;
  if (code === 'refers-to') return t('shortRefersTo', r?.label ?? '?');
  if (code === 'refers-question') return r?.questionId ? t('shortRefersQuestion', r.questionId) : t('shortRefersElsewhere');
  if (code === 'unaddressed-interrogatives') {
    const open = item.unaddressed.length;
    const asked = Math.max(open, item.interrogatives.filter((q) => q.verdict !== 'not-applicable').length);
    return open ? t(open === 1 ? 'shortUnaddressedOne' : 'shortUnaddressed', open, asked) : null;
  }
  return t(shortKey(code));
}

/** At most two short reasons, in the engine's order, joined by " · "; null for an answered item. */
export function shortReason(item: Item, t: Translate): string | null {
  if (item.status === 'answered') return null;
  const parts: string[] = [];
  for (const reason of item.reasons) {
    const text = short(reason.code, item, t);
    if (text && !parts.includes(text)) parts.push(text);
    if (parts.length === 2) break;
  }
  if (!parts.length && item.status === 'missing') parts.push(t('shortNoAnswerPart'));
  return parts.length ? parts.join(' · ') : null;
}
