// The checklist of sub-questions, each row opening to its card (checklist.ts).

import { renderChecklist } from '../checklist';
import type { PanelSection } from '../context';

export const checklistSection: PanelSection = { id: 'checklist', render: renderChecklist };
