// Popup entry: asks the active tab's content script what the page holds, then renders. A page that
// does not answer (not the Senate, or not a written question) gets the "elsewhere" view.
// `?tab=<id>` names the tab instead of the active one: the end-to-end tests open this page in a
// tab of its own, where the active tab would be the popup itself.

import { copyCitation } from '../ui/clipboard';
import { activeTab, isPageSummary, openOptionsPage, sendToTab, syncGet, syncSet, uiLanguage, type PageSummary } from '../platform';
import { readSettings, SETTINGS_KEY } from '../ui/settings';
import { pageTranslator } from '../options/strings';
import { uiLanguageOf } from '../ui/ui-language';
import { renderPopup } from './view';

async function targetTab(): Promise<number | null> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  return (await activeTab())?.id ?? null;
}

async function main(): Promise<void> {
  const tabId = await targetTab();
  const reply = tabId === null ? undefined : await sendToTab(tabId, { type: 'ql:page-summary' });
  const summary: PageSummary | null = isPageSummary(reply) ? reply : null;
  const language = summary?.language ?? uiLanguageOf(uiLanguage());
  document.documentElement.lang = language;
  const t = pageTranslator(language);
  const stored = readSettings(await syncGet(SETTINGS_KEY));
  renderPopup(document, document.getElementById('app')!, summary, language, t, {
    toggle: async () => {
      if (tabId === null) return null;
      const answer = (await sendToTab(tabId, { type: 'ql:toggle' })) as { open?: unknown } | undefined;
      return typeof answer?.open === 'boolean' ? answer.open : null;
    },
    copy: () => (summary ? copyCitation(document, summary.citation) : Promise.resolve(false)),
    openOptions: () => void openOptionsPage(),
    linkChips: stored.linkChips,
    // Read again before writing: the options page may have changed something meanwhile.
    setLinkChips: (on) => void syncGet(SETTINGS_KEY).then((raw) => syncSet(SETTINGS_KEY, { ...readSettings(raw), linkChips: on })),
  });
  document.body.dataset.ready = summary ? 'question' : 'elsewhere';
}

void main();
