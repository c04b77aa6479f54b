// One line per template placeholder, for the options page's help (the names and the check are in
// placeholders.ts, which every part that reads settings carries; these lines only the options page).

import type { PlaceholderName } from './placeholders';

export interface TemplatePlaceholder {
  name: PlaceholderName;
  description: string;
}

export const TEMPLATE_PLACEHOLDERS: readonly TemplatePlaceholder[] = [
  { name: 'id', description: 'Question number with its legislature, e.g. 7-1649' },
  { name: 'legislature', description: 'Legislature alone, e.g. 7' },
  { name: 'number', description: 'Number within the legislature, e.g. 1649' },
  { name: 'author', description: 'Senator who asked, e.g. Els Ampe' },
  { name: 'party', description: 'Senator’s party, e.g. Open Vld' },
  { name: 'askedOn', description: 'Date asked, written out, e.g. 2 juin 2022' },
  { name: 'answeredOn', description: 'Date the answer was received, written out' },
  { name: 'askedOnIso', description: 'Date asked, as 2022-06-02' },
  { name: 'answeredOnIso', description: 'Date the answer was received, as 2022-07-07' },
  { name: 'session', description: 'Parliamentary session of the date asked, e.g. 2021-2022' },
  { name: 'addressee', description: 'Minister the question was put to' },
  { name: 'title', description: 'Subject title of the question' },
  { name: 'url', description: 'Address of the question page (of the sub-question when citing one)' },
  { name: 'label', description: 'Sub-question label, e.g. 4 (empty for the whole question)' },
  { name: 'status', description: 'Verdict on the sub-question: answered, partial, deflected, referred, missing' },
];

