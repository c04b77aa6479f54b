// The panel's sections, in the order they stand. The content script hands this list to the panel;
// a feature is one module here (related questions, the original language …), each given the one
// context object (context.ts).

import type { PanelSection } from '../context';
import { checklistSection } from './checklist';
import { citationSection } from './citation';
import { headSection } from './head';
import { originalSection } from './original';
import { relatedSection } from './related';
import { warningsSection } from './warnings';

export const PANEL_SECTIONS: readonly PanelSection[] = [headSection, citationSection, warningsSection, checklistSection, relatedSection, originalSection];
